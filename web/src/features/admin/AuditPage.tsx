/** 审计日志: who did what to which record, newest first; filters in the URL; before/after per entry. */
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { dateTimeOf } from '../../ui/format';
import { EmptyState, ErrorState } from '../../ui/states';
import { useAudit, type AuditEntry, type AuditFilters } from './api';
import { AuditDiff } from './AuditDiff';
import { AuditFilterBar } from './AuditFilterBar';
import { ACTION_COLOR, entityLabel } from './labels';
import { ExportButton } from '../exports/ExportButton';

const KEYS = ['user', 'entity', 'entityId', 'action', 'from', 'to'] as const;

function filtersOf(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(
    KEYS.flatMap((k) => {
      const v = params.get(k);
      return v ? [[k, v]] : [];
    }),
  );
}

function searchOf(filters: AuditFilters): string {
  const params = new URLSearchParams(KEYS.flatMap((k) => (filters[k] ? [[k, filters[k]]] : [])));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The filters live in state and are mirrored in the URL (shareable, and links may set them);
 * quick successive changes each build on the latest state, not on a URL still being written.
 */
function useUrlFilters() {
  const location = useLocation();
  const navigate = useNavigate();
  const [filters, setFilters] = useState(() => filtersOf(location.search));
  const written = useRef(location.search);
  useEffect(() => {
    if (location.search !== written.current) {
      written.current = location.search;
      setFilters(filtersOf(location.search));
    }
  }, [location.search]);
  useEffect(() => {
    const search = searchOf(filters);
    if (search !== written.current) {
      written.current = search;
      void navigate({ search }, { replace: true });
    }
  }, [filters, navigate]);
  return [filters, setFilters] as const;
}

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useUrlFilters();
  const list = useAudit(filters);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const seenUsers = new Map(
    rows.flatMap((r) => (r.userId && r.username ? [[r.userId, r.username] as const] : [])),
  );
  const change = (patch: Partial<AuditFilters>) => {
    setExpanded([]);
    setFilters((f) => ({ ...f, ...patch }));
  };
  const columns = [
    { title: t('admin.audit.at'), dataIndex: 'at', width: 160, render: dateTimeOf },
    {
      title: t('admin.audit.user'),
      dataIndex: 'username',
      render: (name: string | null, e: AuditEntry) =>
        e.userId ? (
          <Button type="link" size="small" onClick={() => change({ user: e.userId ?? undefined })}>
            {name ?? e.userId}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('admin.audit.system')}</Typography.Text>
        ),
    },
    {
      title: t('admin.audit.action'),
      dataIndex: 'action',
      render: (a: string) => <Tag color={ACTION_COLOR[a]}>{t(`admin.action.${a}`)}</Tag>,
    },
    {
      title: t('admin.audit.entity'),
      dataIndex: 'entity',
      render: (entity: string) => entityLabel(t, entity),
    },
    {
      title: t('admin.audit.entityId'),
      dataIndex: 'entityId',
      responsive: ['md' as const],
      render: (id: string, e: AuditEntry) => (
        <Button type="link" size="small" onClick={() => change({ entity: e.entity, entityId: id })}>
          <Typography.Text code>{id}</Typography.Text>
        </Button>
      ),
    },
  ];
  return (
    <Card title={t('menu.audit')}>
      <ExportButton list="audit" filters={filters} bar />
      <AuditFilterBar
        filters={filters}
        seenUsers={seenUsers}
        onChange={change}
        onClear={() => setFilters({})}
      />
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<AuditEntry>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyState description={t('admin.audit.empty')} /> }}
            expandable={{
              expandedRowKeys: [...expanded],
              onExpandedRowsChange: (keys) => setExpanded(keys),
              rowExpandable: (e) => e.before !== null || e.after !== null,
              expandedRowRender: (e) => (
                <AuditDiff entity={e.entity} before={e.before} after={e.after} />
              ),
              expandIcon: ({ expanded: open, onExpand, record, expandable }) =>
                expandable ? (
                  <Button
                    size="small"
                    aria-expanded={open}
                    onClick={(ev) => onExpand(record, ev)}
                    data-testid="audit-toggle"
                  >
                    {open ? t('admin.audit.hideChanges') : t('admin.audit.showChanges')}
                  </Button>
                ) : null,
            }}
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
