/** Units of the organization: name, parent, cadre count; add, edit and delete for org.write. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoveConfirm } from '../../ui/remove-confirm';
import { EmptyState, ErrorState } from '../../ui/states';
import { useRegistryAccess, useRemoveUnit, useUnits, type Unit } from './api';
import { OrgTabs, UnitModal } from './OrgModals';
import { ExportButton } from '../exports/ExportButton';

export function UnitsPage() {
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const units = useUnits();
  const remove = useRemoveUnit();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const rows = units.data?.items ?? [];
  const nameOf = new Map(rows.map((u) => [u.id, u.name]));
  const confirm = useRemoveConfirm();
  const confirmRemove = (u: Unit) =>
    confirm({
      title: t('registry.unit.removeTitle'),
      content: t('registry.unit.removeConfirm', { name: u.name }),
      okText: t('registry.unit.remove'),
      done: t('registry.unit.removed', { name: u.name }),
      remove: () => remove.mutateAsync(u.id),
    });
  const columns = [
    { title: t('registry.unit.name'), dataIndex: 'name' },
    {
      title: t('registry.unit.parent'),
      dataIndex: 'parentId',
      render: (id: string | null) => (id ? (nameOf.get(id) ?? '—') : '—'),
    },
    { title: t('registry.unit.cadreCount'), dataIndex: 'cadreCount', align: 'right' as const },
    ...(access.canOrg
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, u: Unit) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('registry.edit')}
                </Button>
                <Button
                  size="small"
                  danger
                  disabled={u.cadreCount > 0}
                  onClick={() => {
                    confirmRemove(u);
                  }}
                >
                  {t('registry.unit.remove')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('registry.org.title')}
      extra={
        access.canOrg ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('registry.unit.new')}
          </Button>
        ) : null
      }
    >
      <ExportButton list="units" bar />
      <OrgTabs active="units" />
      {units.isError ? (
        <ErrorState error={units.error} retry={() => void units.refetch()} />
      ) : (
        <Table<Unit>
          rowKey="id"
          loading={units.isPending}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState description={t('registry.unit.empty')} /> }}
        />
      )}
      {editing ? (
        <UnitModal unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}
