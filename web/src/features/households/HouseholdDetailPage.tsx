/** One household: the family, members (ID numbers masked), pairings, income, poverty-status history. */
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Table, Tag, Timeline, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RemoveButton, useRemoveConfirm } from '../../ui/remove-confirm';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import {
  revealIdNumber,
  useHousehold,
  useRegistryAccess,
  useRemoveHousehold,
  useRemovePerson,
  type HouseholdDetail,
  type PersonView,
} from '../registry/api';
import { STATUS_COLOR } from '../registry/format';
import { DetailCard, nowrap } from '../registry/parts';
import { HouseholdCardButton } from '../cards/CardButtons';
import { HouseholdPairings } from './HouseholdPairings';
import { EditHouseholdModal, StatusChangeModal } from './HouseholdModals';
import { IncomeSection } from './IncomeSection';
import { MemberModal } from './MemberModal';

/** The ID number cell: masked; roles with id_number.reveal may show it whole (the server audits it). */
function IdNumberCell({ person, canReveal }: { person: PersonView; canReveal: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [whole, setWhole] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (person.idNumber === null) {
    return <span>—</span>;
  }
  const reveal = async () => {
    setBusy(true);
    try {
      const full = await revealIdNumber(person.id);
      setWhole(full.idNumber);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space size={4} wrap={false}>
      <span style={{ fontFamily: 'monospace' }} data-testid="id-number">
        {whole ?? person.idNumber}
      </span>
      {canReveal && person.idNumberMasked ? (
        whole ? (
          <Button
            size="small"
            type="text"
            icon={<EyeInvisibleOutlined />}
            aria-label={t('registry.member.hide')}
            title={t('registry.member.hide')}
            onClick={() => setWhole(null)}
          />
        ) : (
          <Tooltip title={t('registry.member.revealHint')}>
            <Button
              size="small"
              type="text"
              icon={<EyeOutlined />}
              loading={busy}
              aria-label={t('registry.member.reveal')}
              data-testid="reveal-id"
              onClick={() => void reveal()}
            />
          </Tooltip>
        )
      ) : null}
    </Space>
  );
}

function Members({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const remove = useRemovePerson(household.id);
  const [editing, setEditing] = useState<PersonView | 'new' | null>(null);
  const confirm = useRemoveConfirm();
  const confirmRemove = (p: PersonView) =>
    confirm({
      title: t('registry.member.removeTitle'),
      content: t('registry.member.removeConfirm', { name: p.name }),
      okText: t('registry.member.remove'),
      done: t('registry.member.removed', { name: p.name }),
      remove: () => remove.mutateAsync(p.id),
    });
  const columns = [
    { title: t('person.name'), dataIndex: 'name', render: nowrap },
    {
      title: t('person.relation'),
      dataIndex: 'relation',
      render: (r: string) => nowrap(t(`relation.${r}`)),
    },
    { title: t('person.sex'), dataIndex: 'sex', render: (s: string) => nowrap(t(`sex.${s}`)) },
    { title: t('person.birthDate'), dataIndex: 'birthDate', render: nowrap },
    {
      title: t('person.idNumber'),
      dataIndex: 'idNumber',
      render: (_: unknown, p: PersonView) => (
        <IdNumberCell person={p} canReveal={access.canReveal} />
      ),
    },
    {
      title: t('registry.member.schooling'),
      dataIndex: 'schooling',
      responsive: ['lg' as const],
      render: (s: string) => t(`registry.schooling.${s}`),
    },
    {
      title: t('registry.member.labourAbility'),
      dataIndex: 'labourAbility',
      responsive: ['lg' as const],
      render: (s: string) => t(`registry.labour.${s}`),
    },
    ...(access.seesSensitive
      ? [
          {
            title: t('registry.member.health'),
            dataIndex: 'health',
            responsive: ['xl' as const],
            render: (s: string | null) => (s ? t(`registry.health.${s}`) : '—'),
          },
        ]
      : []),
    ...(access.canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: PersonView) => (
              <Space size={4}>
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(p)}>
                  {t('registry.member.correct')}
                </Button>
                {household.members.length > 1 ? (
                  <Button
                    size="small"
                    danger
                    onClick={() => {
                      confirmRemove(p);
                    }}
                  >
                    {t('registry.member.remove')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('household.members')}
      extra={
        access.canWrite ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('registry.member.add')}
          </Button>
        ) : null
      }
    >
      <Table<PersonView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={household.members}
        columns={columns}
        scroll={{ x: 'max-content' }}
      />
      {editing ? (
        <MemberModal
          householdId={household.id}
          person={editing === 'new' ? null : editing}
          sensitive={access.seesSensitive}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}

export function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const household = useHousehold(id);
  const navigate = useNavigate();
  const removeHousehold = useRemoveHousehold();
  const [dialog, setDialog] = useState<'edit' | 'status' | null>(null);
  if (household.isPending) {
    return <Loading rows={8} />;
  }
  if (household.isError) {
    return <ErrorState error={household.error} retry={() => void household.refetch()} />;
  }
  const h = household.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DetailCard
        title={
          <span>
            {h.headName} ·{' '}
            {access.isCadre ? (
              h.villageName
            ) : (
              <Link to={`/villages/${h.villageCode}`}>{h.villageName}</Link>
            )}
          </span>
        }
        testId="household-detail"
        actions={
          access.canWrite ? (
            <Space wrap>
              <Button onClick={() => setDialog('edit')}>{t('registry.household.edit')}</Button>
              <Button type="primary" onClick={() => setDialog('status')}>
                {t('registry.status.change')}
              </Button>
              {access.isCadre ? null : (
                <RemoveButton
                  label={t('registry.household.remove')}
                  title={t('registry.household.removeTitle')}
                  content={t('registry.household.removeConfirm', { name: h.headName })}
                  okText={t('registry.household.removeOk')}
                  done={t('registry.household.removed', { name: h.headName })}
                  remove={() => removeHousehold.mutateAsync(h.id)}
                  after={() => void navigate('/households', { replace: true })}
                />
              )}
            </Space>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('household.status')}>
            <Tag color={STATUS_COLOR[h.status]} data-testid="household-status">
              {t(`status.${h.status}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('household.statusSince')}>{h.statusSince}</Descriptions.Item>
          {h.exitYear ? (
            <Descriptions.Item label={t('household.exitYear')}>{h.exitYear}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('household.address')}>{h.address || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('household.phone')}>{h.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('household.memberCount')}>{h.memberCount}</Descriptions.Item>
        </Descriptions>
        <HouseholdCardButton householdId={h.id} />
      </DetailCard>
      <Members household={h} />
      <HouseholdPairings household={{ id: h.id, label: `${h.headName} · ${h.villageName}` }} />
      <IncomeSection
        householdId={h.id}
        canWrite={access.canWrite}
        canRemove={access.canWrite && !access.isCadre}
        showChart={!access.isCadre}
      />
      <Card title={t('household.statusHistory')}>
        {h.statusHistory.length === 0 ? (
          <EmptyState description={t('registry.status.empty')} />
        ) : (
          <Timeline
            data-testid="status-history"
            items={h.statusHistory.map((s) => ({
              key: s.id,
              color: STATUS_COLOR[s.status] === 'default' ? 'gray' : STATUS_COLOR[s.status],
              content: `${s.effectiveDate} · ${t(`status.${s.status}`)}${s.exitYear ? ` (${s.exitYear})` : ''}${s.reason ? ` · ${s.reason}` : ''}`,
            }))}
          />
        )}
      </Card>
      {dialog === 'edit' ? (
        <EditHouseholdModal household={h} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'status' ? (
        <StatusChangeModal household={h} onClose={() => setDialog(null)} />
      ) : null}
    </Space>
  );
}
