/** One cadre: their current households and pairing history; hand all households over to another cadre. */
import { SwapOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tag,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Handover } from '../../../../src/domain/registry/pairing.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { RemoveButton } from '../../ui/remove-confirm';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import {
  useCadre,
  useHandover,
  usePairings,
  useRegistryAccess,
  useRemoveCadre,
  useVillages,
  type Cadre,
  type HandoverResult,
  type Pairing,
} from './api';
import { afterToday, day, today } from './format';
import { CadreModal } from './OrgModals';
import { DetailCard } from './parts';
import { EndPairingModal } from './PairingModals';
import { CadrePicker } from './pickers';

interface HandoverValues {
  toCadreId?: string;
  date?: Dayjs | null;
  reason?: string;
}

interface HandoverDone {
  result: HandoverResult;
  from: string;
  to: { id: string; name: string };
  date: string;
}

function HandoverModal({
  cadre,
  onDone,
  onClose,
}: {
  cadre: Cadre;
  onDone: (done: HandoverDone) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<HandoverValues>();
  const handover = useHandover(cadre.id);
  const [banner, setBanner] = useState<string | null>(null);
  const [toName, setToName] = useState('');
  const submit = () => {
    const v = form.getFieldsValue(true) as HandoverValues;
    const input = { toCadreId: v.toCadreId, date: day(v.date), reason: v.reason ?? '' };
    const checked = validateWith(form, Handover, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    modal.confirm({
      title: t('registry.handover.confirmTitle'),
      content: t('registry.handover.confirm', {
        from: cadre.name,
        to: toName,
        count: cadre.currentPairings,
        date: checked.value.date,
      }),
      okText: t('registry.handover.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await handover.mutateAsync(checked.value);
          onDone({
            result,
            from: cadre.name,
            to: { id: checked.value.toCadreId, name: toName },
            date: checked.value.date,
          });
        } catch (error) {
          setBanner(showFieldErrors(form, error));
        }
      },
    });
  };
  return (
    <Modal
      open
      title={t('registry.handover.title', { name: cadre.name })}
      okText={t('registry.handover.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={handover.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ date: today(), reason: '' }}
        onFinish={submit}
      >
        {banner ? (
          <Alert
            type="error"
            showIcon
            title={banner}
            style={{ marginBottom: 12 }}
            data-testid="handover-error"
          />
        ) : null}
        <Form.Item name="toCadreId" label={t('registry.handover.to')}>
          <CadrePicker
            exclude={cadre.id}
            data-testid="handover-to"
            onPick={(picked) => setToName(picked?.name ?? '')}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('registry.handover.date')}
          extra={t('registry.handover.dateHint')}
        >
          <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('registry.handover.reason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function HandoverResultCard({ done, onClose }: { done: HandoverDone; onClose: () => void }) {
  const { t } = useTranslation();
  const villages = useVillages();
  const villageName = new Map((villages.data?.items ?? []).map((v) => [v.code, v.name]));
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      data-testid="handover-result"
      title={t('registry.handover.done', { count: done.result.ended, to: done.to.name })}
      description={
        <div>
          <p style={{ margin: '4px 0 8px' }}>
            {t('registry.handover.doneDetail', {
              from: done.from,
              to: done.to.name,
              date: done.date,
            })}
          </p>
          <Table<Pairing>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={done.result.items}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('registry.pairing.household'),
                dataIndex: 'headName',
                render: (name: string, p: Pairing) => (
                  <Link to={`/households/${p.householdId}`}>{name}</Link>
                ),
              },
              {
                title: t('registry.pairing.village'),
                dataIndex: 'villageCode',
                render: (code: string) => villageName.get(code) ?? code,
              },
              {
                title: t('registry.pairing.role'),
                dataIndex: 'role',
                render: (r: string) => t(`registry.pairingRole.${r}`),
              },
              { title: t('registry.pairing.startDate'), dataIndex: 'startDate' },
              {
                title: t('registry.pairing.cadre'),
                dataIndex: 'cadreName',
                render: (name: string, p: Pairing) => (
                  <Link to={`/org/cadres/${p.cadreId}`}>{name}</Link>
                ),
              },
            ]}
          />
        </div>
      }
    />
  );
}

function PairingTable({
  cadreId,
  current,
  canEnd,
  onEnd,
}: {
  cadreId: string;
  current: boolean;
  canEnd: boolean;
  onEnd: (p: Pairing) => void;
}) {
  const { t } = useTranslation();
  const villages = useVillages();
  const villageName = new Map((villages.data?.items ?? []).map((v) => [v.code, v.name]));
  const pairings = usePairings({ cadre: cadreId, current });
  const rows = pairings.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('registry.pairing.household'),
      dataIndex: 'headName',
      render: (name: string, p: Pairing) => <Link to={`/households/${p.householdId}`}>{name}</Link>,
    },
    {
      title: t('registry.pairing.village'),
      dataIndex: 'villageCode',
      render: (code: string) => (
        <Link to={`/villages/${code}`}>{villageName.get(code) ?? code}</Link>
      ),
    },
    {
      title: t('registry.pairing.role'),
      dataIndex: 'role',
      render: (r: string) => t(`registry.pairingRole.${r}`),
    },
    { title: t('registry.pairing.startDate'), dataIndex: 'startDate' },
    ...(current
      ? []
      : [
          { title: t('registry.pairing.endDate'), dataIndex: 'endDate' },
          {
            title: t('registry.pairing.endReason'),
            dataIndex: 'endReason',
            render: (r: string) => r || '—',
          },
        ]),
    ...(current && canEnd
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, p: Pairing) => (
              <Button size="small" danger onClick={() => onEnd(p)}>
                {t('registry.pairing.end')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  if (pairings.isError) {
    return <ErrorState error={pairings.error} retry={() => void pairings.refetch()} />;
  }
  return (
    <>
      <Table<Pairing>
        rowKey="id"
        size="small"
        loading={pairings.isPending}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid={current ? 'cadre-current' : 'cadre-history'}
        locale={{
          emptyText: (
            <EmptyState
              description={t(current ? 'registry.cadre.noCurrent' : 'registry.cadre.noHistory')}
            />
          ),
        }}
      />
      {pairings.hasNextPage ? (
        <Button
          block
          style={{ marginTop: 12 }}
          loading={pairings.isFetchingNextPage}
          onClick={() => void pairings.fetchNextPage()}
        >
          {t('common.more')}
        </Button>
      ) : null}
    </>
  );
}

export function CadrePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const access = useRegistryAccess();
  const cadre = useCadre(id);
  const navigate = useNavigate();
  const removeCadre = useRemoveCadre();
  const [dialog, setDialog] = useState<'edit' | 'handover' | null>(null);
  const [ending, setEnding] = useState<Pairing | null>(null);
  const [done, setDone] = useState<HandoverDone | null>(null);
  if (cadre.isPending) {
    return <Loading rows={8} />;
  }
  if (cadre.isError) {
    return <ErrorState error={cadre.error} retry={() => void cadre.refetch()} />;
  }
  const c = cadre.data;
  const canHandOver = access.canPair && c.currentPairings > 0;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DetailCard
        title={c.name}
        testId="cadre-detail"
        actions={
          <Space wrap>
            {access.canOrg ? (
              <Button onClick={() => setDialog('edit')}>{t('registry.edit')}</Button>
            ) : null}
            {access.canOrg ? (
              <RemoveButton
                label={t('registry.cadre.remove')}
                title={t('registry.cadre.removeTitle')}
                content={t('registry.cadre.removeConfirm', { name: c.name })}
                okText={t('registry.cadre.removeOk')}
                done={t('registry.cadre.removed', { name: c.name })}
                remove={() => removeCadre.mutateAsync(c.id)}
                after={() => void navigate('/org', { replace: true })}
              />
            ) : null}
            {access.canPair ? (
              <Button
                type="primary"
                icon={<SwapOutlined />}
                disabled={!canHandOver}
                title={canHandOver ? undefined : t('registry.handover.nothing')}
                onClick={() => setDialog('handover')}
              >
                {t('registry.handover.action')}
              </Button>
            ) : null}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('registry.cadre.unit')}>{c.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('registry.cadre.position')}>
            {c.position || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.cadre.sex')}>{t(`sex.${c.sex}`)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.cadre.phone')}>{c.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registry.cadre.currentPairings')}>
            <span data-testid="cadre-count">{c.currentPairings}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.cadre.state')}>
            {c.leftOn ? (
              <Tag>{`${t('registry.cadre.left')} ${c.leftOn}`}</Tag>
            ) : (
              <Tag color="green">{t('registry.cadre.active')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      </DetailCard>
      {done ? <HandoverResultCard done={done} onClose={() => setDone(null)} /> : null}
      <Card title={t('registry.cadre.currentTitle')}>
        <PairingTable cadreId={c.id} current canEnd={access.canPair} onEnd={setEnding} />
      </Card>
      <Card title={t('registry.cadre.historyTitle')}>
        <PairingTable cadreId={c.id} current={false} canEnd={false} onEnd={setEnding} />
      </Card>
      {dialog === 'edit' ? <CadreModal cadre={c} onClose={() => setDialog(null)} /> : null}
      {dialog === 'handover' ? (
        <HandoverModal
          cadre={c}
          onClose={() => setDialog(null)}
          onDone={(d) => {
            setDialog(null);
            setDone(d);
          }}
        />
      ) : null}
      {ending ? <EndPairingModal pairing={ending} onClose={() => setEnding(null)} /> : null}
    </Space>
  );
}
