/** The five-ones campaign board: progress per cadre or unit (table + bar chart), and every checklist. */
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Progress,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  FIVE_ONES_ITEMS,
  type FiveOnesItem,
  type ProgressGrouping,
} from '../../../../src/domain/assistance/enums';
import { Chart } from '../../ui/Chart';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useUnits, useVillages } from '../registry/api';
import { CadrePicker } from '../registry/pickers';
import {
  isRunning,
  useCampaign,
  useChecklists,
  useProgress,
  useTickItem,
  type Campaign,
  type Checklist,
  type Progress as ProgressData,
} from './api';
import { errorText, todayIso, useMeasuresAccess } from './shared';

function ProgressChart({ rows }: { rows: ProgressData['rows'] }) {
  const { t } = useTranslation();
  const sorted = [...rows].sort((a, b) => a.percent - b.percent);
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: sorted.map((r) => r.name) },
    series: [
      {
        type: 'bar',
        name: t('measures.board.percent'),
        data: sorted.map((r) => r.percent),
        barMaxWidth: 22,
        itemStyle: { color: '#b71c1c' },
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
  return (
    <div role="img" aria-label={t('measures.board.chart')} data-testid="progress-chart">
      <Chart option={option} style={{ height: Math.max(160, sorted.length * 32 + 40) }} />
    </div>
  );
}

function ProgressSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<ProgressGrouping>('cadre');
  const progress = useProgress(campaign.id, by);
  const rows = progress.data?.rows ?? [];
  return (
    <Card
      title={t('measures.board.progress')}
      extra={
        <Segmented<ProgressGrouping>
          value={by}
          onChange={setBy}
          options={[
            { value: 'cadre', label: t('measures.board.byCadre') },
            { value: 'unit', label: t('measures.board.byUnit') },
          ]}
        />
      }
    >
      {progress.isPending ? (
        <Loading rows={4} />
      ) : progress.isError ? (
        <ErrorState error={progress.error} retry={() => void progress.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState description={t('measures.board.noProgress')} />
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
          <div style={{ flex: '1 1 420px', minWidth: 0 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={rows}
              data-testid="progress-table"
              columns={[
                {
                  title: by === 'cadre' ? t('measures.board.cadre') : t('measures.board.unit'),
                  dataIndex: 'name',
                },
                { title: t('measures.campaign.checklists'), dataIndex: 'checklists', width: 90 },
                {
                  title: t('measures.campaign.done'),
                  key: 'done',
                  render: (_: unknown, r: ProgressData['rows'][number]) =>
                    t('measures.campaign.doneOf', { done: r.done, total: r.items }),
                },
                {
                  title: t('measures.board.percent'),
                  dataIndex: 'percent',
                  width: 180,
                  render: (p: number) => <Progress percent={p} size="small" />,
                },
              ]}
            />
          </div>
          <div style={{ flex: '1 1 360px', minWidth: 0 }}>
            <ProgressChart rows={rows} />
          </div>
        </div>
      )}
    </Card>
  );
}

function Checklists({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const access = useMeasuresAccess();
  const units = useUnits();
  const villages = useVillages();
  const [filters, setFilters] = useState<{ unit?: string; village?: string; cadre?: string }>({});
  const list = useChecklists(campaign.id, filters);
  const tick = useTickItem();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canTick = access.canCampaign || access.isCadre;
  const running = isRunning(campaign, todayIso());
  // The box shows the wanted state at once; the server's answer (or an error) settles it.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const settle = (key: string) => setPending(({ [key]: _settled, ...rest }) => rest);
  const set = (c: Checklist, item: FiveOnesItem, done: boolean) => {
    const key = `${c.id}:${item}`;
    const run = () => {
      setPending((p) => ({ ...p, [key]: done }));
      return tick
        .mutateAsync({
          campaignId: campaign.id,
          checklistId: c.id,
          item,
          body: { done },
        })
        .catch((error: unknown) => void message.error(errorText(error)))
        .finally(() => settle(key));
    };
    if (done) {
      void run();
      return;
    }
    modal.confirm({
      title: t('measures.five.untickTitle'),
      content: t('measures.five.untickConfirm', {
        item: t(`measures.five.${item}`),
        name: c.headName,
      }),
      okText: t('measures.five.untick'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: run,
    });
  };
  const columns = [
    {
      title: t('measures.board.household'),
      dataIndex: 'headName',
      fixed: 'left' as const,
      render: (name: string, c: Checklist) => (
        <Link to={`/households/${c.householdId}`}>{name}</Link>
      ),
    },
    { title: t('measures.board.village'), dataIndex: 'villageName', responsive: ['md' as const] },
    { title: t('measures.board.cadre'), dataIndex: 'cadreName' },
    { title: t('measures.board.unit'), dataIndex: 'unitName', responsive: ['lg' as const] },
    ...FIVE_ONES_ITEMS.map((item) => ({
      title: t(`measures.five.${item}`),
      key: item,
      align: 'center' as const,
      render: (_: unknown, c: Checklist) => {
        const state = c.items.find((i) => i.item === item);
        return (
          <Checkbox
            checked={pending[`${c.id}:${item}`] ?? state?.done ?? false}
            disabled={!canTick || (!running && !state?.done)}
            aria-label={t('measures.five.tickLabel', {
              item: t(`measures.five.${item}`),
              name: c.headName,
            })}
            title={state?.date ?? undefined}
            onChange={(e) => set(c, item, e.target.checked)}
          />
        );
      },
    })),
    {
      title: t('measures.board.doneCount'),
      dataIndex: 'doneCount',
      render: (n: number) => (
        <Tag color={n === FIVE_ONES_ITEMS.length ? 'green' : n === 0 ? 'default' : 'gold'}>
          {`${n}/${FIVE_ONES_ITEMS.length}`}
        </Tag>
      ),
    },
  ];
  return (
    <Card title={t('measures.board.checklists')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('measures.board.unit')}
          aria-label={t('measures.board.unit')}
          loading={units.isPending}
          options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onChange={(unit?: string) => setFilters((f) => ({ ...f, unit }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 180 }}
          placeholder={t('measures.board.village')}
          aria-label={t('measures.board.village')}
          loading={villages.isPending}
          options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
          onChange={(village?: string) => setFilters((f) => ({ ...f, village }))}
        />
        {access.canSearchHouseholds && !access.isCadre ? (
          <CadrePicker
            all
            allowClear
            style={{ width: 200 }}
            placeholder={t('measures.board.cadre')}
            aria-label={t('measures.board.cadre')}
            onChange={(cadre) => setFilters((f) => ({ ...f, cadre }))}
          />
        ) : null}
      </Space>
      {!running ? (
        <Typography.Paragraph type="secondary">
          {t('measures.board.notRunning')}
        </Typography.Paragraph>
      ) : null}
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Checklist>
            rowKey="id"
            size="small"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('measures.board.noChecklists')} /> }}
          />
          {list.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}

export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  if (campaign.isPending) {
    return <Loading rows={8} />;
  }
  if (campaign.isError) {
    return <ErrorState error={campaign.error} retry={() => void campaign.refetch()} />;
  }
  const c = campaign.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="campaign-board">
      <Card title={c.title}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('measures.campaign.period')}>
            <Space size={4}>
              {`${c.startDate} ~ ${c.endDate}`}
              {isRunning(c, todayIso()) ? (
                <Tag color="green">{t('measures.campaign.running')}</Tag>
              ) : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('measures.campaign.checklists')}>
            {c.checklistCount}
          </Descriptions.Item>
          <Descriptions.Item label={t('measures.campaign.done')}>
            <Space>
              <Progress percent={c.percentDone} size="small" style={{ width: 160, margin: 0 }} />
              <span data-testid="campaign-done">
                {t('measures.campaign.doneOf', { done: c.doneCount, total: c.itemCount })}
              </span>
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <ProgressSection campaign={c} />
      <Checklists campaign={c} />
    </Space>
  );
}
