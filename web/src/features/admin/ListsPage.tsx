/** 列表维护: the lists administrators extend — activity types and donation items. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateOf } from '../../ui/format';
import { EmptyState, ErrorState } from '../../ui/states';
import { useActivityTypes, useDonationItems, type ActivityType, type DonationItem } from './api';
import { ActivityTypeModal, DonationItemModal } from './ListModals';

type Infinite = ReturnType<typeof useActivityTypes> | ReturnType<typeof useDonationItems>;

function MoreButton({ list }: { list: Infinite }) {
  const { t } = useTranslation();
  return list.hasNextPage ? (
    <Button
      block
      style={{ marginTop: 12 }}
      loading={list.isFetchingNextPage}
      onClick={() => void list.fetchNextPage()}
    >
      {t('common.more')}
    </Button>
  ) : null;
}

function ActiveTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <Tag color="green">{t('admin.lists.inUse')}</Tag>
  ) : (
    <Tag>{t('admin.lists.retired')}</Tag>
  );
}

function ActivityTypesTab() {
  const { t, i18n } = useTranslation();
  const list = useActivityTypes();
  const [editing, setEditing] = useState<ActivityType | 'new' | null>(null);
  if (list.isError) {
    return <ErrorState error={list.error} retry={() => void list.refetch()} />;
  }
  const columns = [
    { title: t('admin.lists.sort'), dataIndex: 'sort', width: 80 },
    { title: t('admin.lists.typeCode'), dataIndex: 'typeCode' },
    {
      title: t('admin.lists.name'),
      key: 'name',
      render: (_: unknown, a: ActivityType) => (i18n.language === 'en' ? a.nameEn : a.nameZh),
    },
    {
      title: t('admin.lists.measure'),
      dataIndex: 'measure',
      render: (m: string | null) => (m ? t(`dashboard.measure.${m}`) : t('admin.lists.anyMeasure')),
    },
    {
      title: t('admin.lists.active'),
      dataIndex: 'active',
      render: (a: boolean) => <ActiveTag active={a} />,
    },
    {
      title: t('common.actions'),
      key: 'edit',
      render: (_: unknown, a: ActivityType) => (
        <Button size="small" onClick={() => setEditing(a)}>
          {t('admin.lists.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() => setEditing('new')}
      >
        {t('admin.lists.newType')}
      </Button>
      <Table<ActivityType>
        rowKey="typeCode"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <EmptyState /> }}
      />
      <MoreButton list={list} />
      {editing ? (
        <ActivityTypeModal
          type={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

function DonationItemsTab() {
  const { t } = useTranslation();
  const list = useDonationItems();
  const [editing, setEditing] = useState<DonationItem | 'new' | null>(null);
  if (list.isError) {
    return <ErrorState error={list.error} retry={() => void list.refetch()} />;
  }
  const columns = [
    { title: t('admin.lists.itemName'), dataIndex: 'itemName' },
    { title: t('admin.lists.unit'), dataIndex: 'unit' },
    {
      title: t('admin.lists.active'),
      dataIndex: 'active',
      render: (a: boolean) => <ActiveTag active={a} />,
    },
    { title: t('admin.lists.updatedAt'), dataIndex: 'updatedAt', render: dateOf },
    {
      title: t('common.actions'),
      key: 'edit',
      render: (_: unknown, item: DonationItem) => (
        <Button size="small" onClick={() => setEditing(item)}>
          {t('admin.lists.edit')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() => setEditing('new')}
      >
        {t('admin.lists.newItem')}
      </Button>
      <Table<DonationItem>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.pages.flatMap((p) => p.items) ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <EmptyState /> }}
      />
      <MoreButton list={list} />
      {editing ? (
        <DonationItemModal
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}

export function ListsPage() {
  const { t } = useTranslation();
  return (
    <Card title={t('admin.menu.lists')}>
      <Tabs
        items={[
          { key: 'types', label: t('admin.lists.activityTypes'), children: <ActivityTypesTab /> },
          { key: 'items', label: t('admin.lists.donationItems'), children: <DonationItemsTab /> },
        ]}
      />
    </Card>
  );
}
