/** The newest audit entries, each linking to the record's history in the audit log. */
import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateTimeOf } from '../../ui/format';
import { EmptyState, ErrorState } from '../../ui/states';
import type { AuditEntry } from '../admin/api';
import { ACTION_COLOR, entityLabel } from '../admin/labels';
import { useRecentAudit } from './api';

export function RecentAudit() {
  const { t } = useTranslation();
  const recent = useRecentAudit();
  return (
    <Card
      size="small"
      title={t('dashboard.recentAudit')}
      extra={<Link to="/audit">{t('dashboard.allAudit')}</Link>}
      data-testid="recent-audit"
    >
      {recent.isError ? (
        <ErrorState error={recent.error} retry={() => void recent.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={recent.isPending}
          pagination={false}
          dataSource={recent.data?.items ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState /> }}
          columns={[
            { title: t('admin.audit.at'), dataIndex: 'at', render: dateTimeOf, width: 150 },
            {
              title: t('admin.audit.user'),
              dataIndex: 'username',
              render: (u: string | null) => u ?? t('admin.audit.system'),
            },
            {
              title: t('admin.audit.action'),
              dataIndex: 'action',
              render: (a: string) => <Tag color={ACTION_COLOR[a]}>{t(`admin.action.${a}`)}</Tag>,
            },
            {
              title: t('admin.audit.entity'),
              dataIndex: 'entity',
              render: (entity: string, e: AuditEntry) => (
                <Link
                  to={`/audit?entity=${encodeURIComponent(entity)}&entityId=${encodeURIComponent(e.entityId)}`}
                >
                  {entityLabel(t, entity)}
                </Link>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
