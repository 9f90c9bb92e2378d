/** The fund at a glance: the balance in 元 and the append-only ledger, newest first. */
import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Grid,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LEDGER_KINDS } from '../../../../src/domain/fund/enums';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useBalance, useFundAccess, useLedger, type LedgerEntry, type LedgerFilters } from './api';
import { money, semesterLabel, timeOf } from './format';
import { DonationModal, ReverseModal } from './LedgerModals';

const KIND_COLOR: Record<string, string> = {
  donation_in: 'green',
  payment_out: 'blue',
  reversal: 'orange',
};

function BalanceCards() {
  const { t } = useTranslation();
  const balance = useBalance();
  const screens = Grid.useBreakpoint();
  if (balance.isPending) {
    return <Loading rows={2} />;
  }
  if (balance.isError) {
    return <ErrorState error={balance.error} retry={() => void balance.refetch()} />;
  }
  const b = balance.data;
  const cards = [
    { key: 'balance', fen: b.balanceFen, strong: true },
    { key: 'donations', fen: b.donationsFen },
    { key: 'payments', fen: b.paymentsFen },
    { key: 'reversals', fen: b.reversalsFen },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((c) => (
        <Col xs={12} md={6} key={c.key}>
          <Card size="small" data-testid={`fund-${c.key}`}>
            <Statistic
              title={t(`fund.balance.${c.key}`)}
              value={c.fen / 100}
              precision={2}
              suffix={t('fund.yuanUnit')}
              styles={{
                content: {
                  fontSize: screens.md ? 24 : 18,
                  ...(c.strong ? { color: '#b71c1c' } : {}),
                },
              }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function Ledger() {
  const { t } = useTranslation();
  const access = useFundAccess();
  const [filters, setFilters] = useState<LedgerFilters>({});
  const [donating, setDonating] = useState(false);
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const ledger = useLedger(filters);
  const rows = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const details = (e: LedgerEntry) => {
    if (e.kind === 'donation_in') {
      return (
        <span>
          {e.donor}
          {e.donorKind ? (
            <Typography.Text type="secondary">{` · ${t(`fund.donorKind.${e.donorKind}`)}`}</Typography.Text>
          ) : null}
        </span>
      );
    }
    if (e.kind === 'payment_out') {
      return e.runId ? (
        <Link to={`/fund/runs/${e.runId}`}>
          {t('fund.ledger.paymentOf', { semester: semesterLabel(t, e.note) })}
        </Link>
      ) : (
        t('fund.kind.payment_out')
      );
    }
    const original = e.reversesId ? byId.get(e.reversesId) : undefined;
    return (
      <span>
        {original
          ? t('fund.ledger.reverses', {
              date: original.entryDate,
              kind: t(`fund.kind.${original.kind}`),
            })
          : t('fund.ledger.reversesEarlier')}
        <Typography.Text type="secondary">{` · ${e.reason}`}</Typography.Text>
      </span>
    );
  };
  const columns = [
    { title: t('fund.ledger.date'), dataIndex: 'entryDate', width: 110 },
    {
      title: t('fund.ledger.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (k: string) => <Tag color={KIND_COLOR[k]}>{t(`fund.kind.${k}`)}</Tag>,
    },
    {
      title: t('fund.ledger.amount'),
      dataIndex: 'effectFen',
      align: 'right' as const,
      render: (fen: number, e: LedgerEntry) => (
        <Typography.Text
          type={fen < 0 ? 'danger' : 'success'}
          delete={e.reversedById !== null}
          style={{ whiteSpace: 'nowrap' }}
        >
          {`${fen > 0 ? '+' : ''}${money(t, fen)}`}
        </Typography.Text>
      ),
    },
    {
      title: t('fund.ledger.details'),
      key: 'details',
      render: (_: unknown, e: LedgerEntry) => details(e),
    },
    {
      title: t('fund.note'),
      dataIndex: 'note',
      responsive: ['lg' as const],
      render: (n: string, e: LedgerEntry) => (e.kind === 'payment_out' ? '' : n),
    },
    {
      title: t('fund.ledger.recordedAt'),
      dataIndex: 'createdAt',
      responsive: ['xl' as const],
      render: (v: string) => timeOf(v),
    },
    {
      title: t('fund.ledger.state'),
      key: 'state',
      render: (_: unknown, e: LedgerEntry) =>
        e.reversedById ? (
          <Tag color="red" data-testid="entry-reversed">
            {t('fund.ledger.reversed')}
          </Tag>
        ) : null,
    },
    ...(access.canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, e: LedgerEntry) =>
              e.kind !== 'reversal' && !e.reversedById ? (
                <Button size="small" danger onClick={() => setReversing(e)}>
                  {t('fund.reverse.action')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('fund.ledger.title')}
      extra={
        access.canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDonating(true)}>
            {t('fund.donation.title')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('fund.ledger.kind')}
          aria-label={t('fund.ledger.kind')}
          options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`fund.kind.${k}`) }))}
          onChange={(kind?: string) => setFilters({ kind })}
        />
      </Space>
      {ledger.isError ? (
        <ErrorState error={ledger.error} retry={() => void ledger.refetch()} />
      ) : (
        <>
          <Table<LedgerEntry>
            rowKey="id"
            size="middle"
            loading={ledger.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('fund.ledger.empty')} /> }}
          />
          {ledger.hasNextPage ? (
            <Button
              block
              style={{ marginTop: 12 }}
              loading={ledger.isFetchingNextPage}
              onClick={() => void ledger.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
      {donating ? <DonationModal onClose={() => setDonating(false)} /> : null}
      {reversing ? <ReverseModal entry={reversing} onClose={() => setReversing(null)} /> : null}
    </Card>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const access = useFundAccess();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('fund.title')}
      </Typography.Title>
      {access.canReadBalance ? <BalanceCards /> : null}
      {access.canReadFund ? <Ledger /> : null}
    </Space>
  );
}
