/** 用户管理: accounts by role and state; create, change role, reset password, deactivate (confirmed). */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dateOf, dateTimeOf } from '../../ui/format';
import { EmptyState, ErrorState } from '../../ui/states';
import { useMe } from '../auth/session';
import { useChangeUser, useUsers, type User, type UserFilters } from './api';
import { ROLES } from './labels';
import { ChangeRoleModal, CreateUserModal, ResetPasswordModal } from './UserModals';

type Dialog = { kind: 'create' } | { kind: 'role' | 'password'; user: User } | null;

function StateTag({ user }: { user: User }) {
  const { t } = useTranslation();
  if (!user.active) {
    return <Tag color="default">{t('admin.user.inactive')}</Tag>;
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return (
      <Tag color="red">{t('admin.user.lockedUntil', { at: dateTimeOf(user.lockedUntil) })}</Tag>
    );
  }
  return <Tag color="green">{t('admin.user.active')}</Tag>;
}

/** Deactivate after a confirmation; reactivate at once. */
function useToggleActive() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const change = useChangeUser();
  const act = (user: User, active: boolean) =>
    change
      .mutateAsync({ id: user.id, body: { active } })
      .then(() => void message.success(t('common.saved')))
      .catch((e: unknown) => void message.error(e instanceof Error ? e.message : String(e)));
  return (user: User) => {
    if (!user.active) {
      void act(user, true);
      return;
    }
    modal.confirm({
      title: t('admin.user.deactivateConfirm', { name: user.username }),
      content: t('admin.user.deactivateHelp'),
      okText: t('admin.user.deactivate'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => act(user, false),
    });
  };
}

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState<UserFilters>({});
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useUsers(filters);
  const toggle = useToggleActive();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const self = me.data?.user.id;
  const columns = [
    { title: t('admin.user.username'), dataIndex: 'username' },
    { title: t('admin.user.displayName'), dataIndex: 'displayName' },
    {
      title: t('admin.user.role'),
      dataIndex: 'role',
      render: (role: string) => <Tag color="blue">{t(`role.${role}`)}</Tag>,
    },
    {
      title: t('admin.user.cadre'),
      dataIndex: 'cadreId',
      responsive: ['lg' as const],
      render: (id: string | null) =>
        id ? <Link to={`/org/cadres/${id}`}>{t('admin.user.cadreLinked')}</Link> : '—',
    },
    {
      title: t('admin.user.state'),
      key: 'state',
      render: (_: unknown, u: User) => <StateTag user={u} />,
    },
    {
      title: t('admin.user.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['lg' as const],
      render: dateOf,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, u: User) => (
        <Space wrap size={4}>
          <Button
            size="small"
            disabled={u.id === self}
            onClick={() => setDialog({ kind: 'role', user: u })}
          >
            {t('admin.user.changeRole')}
          </Button>
          <Button size="small" onClick={() => setDialog({ kind: 'password', user: u })}>
            {t('admin.user.resetPassword')}
          </Button>
          <Button size="small" danger={u.active} disabled={u.id === self} onClick={() => toggle(u)}>
            {u.active ? t('admin.user.deactivate') : t('admin.user.reactivate')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Card
      title={t('menu.users')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          {t('admin.user.new')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          aria-label={t('admin.user.role')}
          placeholder={t('admin.user.role')}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(role?: string) => setFilters((f) => ({ ...f, role }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          aria-label={t('admin.user.state')}
          placeholder={t('admin.user.state')}
          options={[
            { value: 'true', label: t('admin.user.active') },
            { value: 'false', label: t('admin.user.inactive') },
          ]}
          onChange={(active?: string) => setFilters((f) => ({ ...f, active }))}
        />
      </Space>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<User>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: <EmptyState /> }}
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
      {dialog?.kind === 'create' ? <CreateUserModal onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'role' ? (
        <ChangeRoleModal user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'password' ? (
        <ResetPasswordModal user={dialog.user} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
