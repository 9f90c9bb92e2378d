/** The records behind a figure: a drawer with the breakdown to narrow by, and a keyset "load more" table. */
import { Button, Drawer, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateOf, yuanOf } from '../../ui/format';
import { ErrorState } from '../../ui/states';
import {
  useRecords,
  type IndicatorDescription,
  type IndicatorQuery,
  type IndicatorRecord,
  type IndicatorValue,
} from './api';
import { countsFen, figureText } from './format';

/** Where each kind of record opens (records of other kinds open their household, when they have one). */
const RECORD_PAGES: Readonly<Record<string, string>> = {
  assistance: '/measures/assistance/',
  activity: '/measures/activities/',
  cooperative: '/industry/cooperatives/',
  household: '/households/',
};

function recordLink(r: IndicatorRecord): string | null {
  const page = RECORD_PAGES[r.recordKind];
  if (page) {
    return `${page}${r.recordId}`;
  }
  return r.householdId ? `/households/${r.householdId}` : null;
}

function Breakdown({
  value,
  dim,
  setDim,
}: {
  value: IndicatorValue | undefined;
  dim: string | undefined;
  setDim: (dim: string | undefined) => void;
}) {
  const { t } = useTranslation();
  if (!value || value.breakdown.length === 0) {
    return null;
  }
  return (
    <div className="indicator-breakdown">
      <Typography.Text strong>{t('indicators.drawer.breakdown')}</Typography.Text>
      <Space wrap style={{ marginTop: 8 }}>
        <Button
          size="small"
          type={dim === undefined ? 'primary' : 'default'}
          onClick={() => setDim(undefined)}
        >
          {t('common.all')}
        </Button>
        {value.breakdown.map((b) => (
          <Button
            key={b.key}
            size="small"
            type={dim === b.key ? 'primary' : 'default'}
            aria-pressed={dim === b.key}
            onClick={() => setDim(b.key)}
          >
            {`${b.label} · ${b.value}`}
          </Button>
        ))}
      </Space>
    </div>
  );
}

export function RecordsDrawer({
  def,
  value,
  filters,
  villageNames,
  onClose,
}: {
  def: IndicatorDescription | undefined;
  value: IndicatorValue | undefined;
  filters: IndicatorQuery;
  villageNames: ReadonlyMap<string, string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [dim, setDim] = useState<string | undefined>();
  const records = useRecords(def?.id, filters, dim);
  const rows = records.data?.pages.flatMap((p) => p.items) ?? [];
  const money = def ? countsFen(def) : false;
  const dimLabels = new Map((value?.breakdown ?? []).map((b) => [b.key, b.label]));
  const amount = (v: number) => (money ? t('indicators.yuan', { amount: yuanOf(v) }) : String(v));
  const total = rows.reduce((sum, r) => sum + r.value, 0);
  const columns = [
    { title: t('indicators.record.date'), dataIndex: 'date', render: (d: string) => dateOf(d) },
    {
      title: t('indicators.record.kind'),
      dataIndex: 'recordKind',
      render: (kind: string) => t(`indicators.kind.${kind}`, { defaultValue: kind }),
    },
    {
      title: t('indicators.record.village'),
      dataIndex: 'villageCode',
      render: (code: string) => (code ? (villageNames.get(code) ?? code) : '—'),
    },
    ...(def?.breakdown
      ? [
          {
            title: t('indicators.record.dim'),
            dataIndex: 'dimKey',
            render: (key: string) => dimLabels.get(key) ?? (key || '—'),
          },
        ]
      : []),
    {
      title: t('indicators.record.value'),
      dataIndex: 'value',
      align: 'right' as const,
      render: amount,
    },
    {
      title: t('common.actions'),
      key: 'open',
      render: (_: unknown, r: IndicatorRecord) => {
        const to = recordLink(r);
        return to ? <Link to={to}>{t('common.view')}</Link> : '—';
      },
    },
  ];
  return (
    <Drawer
      open={def !== undefined}
      onClose={onClose}
      size={760}
      destroyOnHidden
      afterOpenChange={(open) => (open ? undefined : setDim(undefined))}
      title={def ? t('indicators.drawer.title', { name: def.name }) : ''}
    >
      {def ? (
        <div data-testid="records-drawer">
          <Typography.Paragraph>
            <Typography.Text strong style={{ fontSize: 20 }}>
              {figureText(value)} {def.unitLabel}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">{def.definition}</Typography.Text>
          </Typography.Paragraph>
          <Breakdown value={value} dim={dim} setDim={setDim} />
          {records.isError ? (
            <ErrorState error={records.error} retry={() => void records.refetch()} />
          ) : (
            <>
              <Table
                rowKey={(r) => `${r.recordKind}:${r.recordId}:${r.part}`}
                size="small"
                style={{ marginTop: 16 }}
                loading={records.isPending}
                dataSource={rows}
                columns={columns}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('indicators.drawer.empty') }}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                <span data-testid="records-loaded">
                  {t('indicators.drawer.loaded', { n: rows.length, total: amount(total) })}
                </span>
              </Typography.Paragraph>
              {records.hasNextPage ? (
                <Button
                  block
                  loading={records.isFetchingNextPage}
                  onClick={() => void records.fetchNextPage()}
                >
                  {t('common.more')}
                </Button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </Drawer>
  );
}
