/** One village: households counted by poverty status, how many have a lead cadre, and its households. */
import {
  Button,
  Card,
  Col,
  Descriptions,
  Row,
  Segmented,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { POVERTY_STATUSES } from '../../../../src/domain/registry/enums';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { VillageCardsButton } from '../cards/CardButtons';
import { useHouseholds, useRegistryAccess, useVillage, type HouseholdSummary } from './api';
import { RenameVillageModal, VillageFlagsModal } from './VillageModals';
import { STATUS_COLOR } from './format';

function VillageHouseholds({ code }: { code: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>('all');
  const list = useHouseholds({ village: code, status: status === 'all' ? undefined : status });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    {
      title: t('household.head'),
      dataIndex: 'headName',
      render: (name: string, h: HouseholdSummary) => (
        <Link to={`/households/${h.id}`} data-testid="household-link">
          {name}
        </Link>
      ),
    },
    { title: t('household.memberCount'), dataIndex: 'memberCount', align: 'right' as const },
    {
      title: t('household.status'),
      dataIndex: 'status',
      render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`status.${s}`)}</Tag>,
    },
    { title: t('household.statusSince'), dataIndex: 'statusSince', responsive: ['md' as const] },
    { title: t('household.address'), dataIndex: 'address', responsive: ['md' as const] },
  ];
  return (
    <Card title={t('registry.village.households')}>
      <div style={{ overflowX: 'auto', marginBottom: 16 }}>
        <Segmented
          value={status}
          onChange={(v) => setStatus(String(v))}
          options={[
            { value: 'all', label: t('common.all') },
            ...POVERTY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
      </div>
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<HouseholdSummary>
            rowKey="id"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState description={t('registry.village.noHouseholds')} /> }}
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

export function VillagePage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const village = useVillage(code);
  const access = useRegistryAccess();
  const [editing, setEditing] = useState<'name' | 'flags' | null>(null);
  if (village.isPending) {
    return <Loading rows={8} />;
  }
  if (village.isError) {
    return <ErrorState error={village.error} retry={() => void village.refetch()} />;
  }
  const v = village.data;
  const unled = Math.max(0, v.householdCount - v.ledHouseholdCount);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={v.name}
        data-testid="village-detail"
        extra={
          <Space size={4} wrap>
            {access.canOrg ? (
              <>
                <Button onClick={() => setEditing('name')}>{t('registry.village.rename')}</Button>
                <Button onClick={() => setEditing('flags')}>
                  {t('registry.village.editFlags')}
                </Button>
              </>
            ) : null}
            <VillageCardsButton code={v.code} />
            {v.takenOn ? (
              <Tag color="blue">{t('registry.village.takenOn')}</Tag>
            ) : (
              <Tag>{t('registry.village.notTakenOn')}</Tag>
            )}
            {v.deeplyPoor ? <Tag color="red">{t('registry.village.deeplyPoor')}</Tag> : null}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('registry.village.path')}>
            {v.path.join(' › ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.village.code')}>
            <span style={{ fontFamily: 'monospace' }}>{v.code}</span>
          </Descriptions.Item>
        </Descriptions>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('registry.village.householdCount')} value={v.householdCount} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('registry.village.memberCount')} value={v.memberCount} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('registry.village.led')}
              value={v.ledHouseholdCount}
              data-testid="village-led"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t('registry.village.unled')}
              value={unled}
              styles={unled > 0 ? { content: { color: '#d46b08' } } : undefined}
            />
          </Col>
        </Row>
      </Card>
      <Card title={t('registry.village.byStatus')} data-testid="village-status-counts">
        <Row gutter={[16, 16]}>
          {POVERTY_STATUSES.map((s) => (
            <Col xs={12} md={6} key={s}>
              <Statistic
                title={<Tag color={STATUS_COLOR[s]}>{t(`status.${s}`)}</Tag>}
                value={v.statusCounts[s]}
              />
            </Col>
          ))}
        </Row>
      </Card>
      <VillageHouseholds code={v.code} />
      {editing === 'name' ? (
        <RenameVillageModal village={v} onClose={() => setEditing(null)} />
      ) : null}
      {editing === 'flags' ? (
        <VillageFlagsModal village={v} onClose={() => setEditing(null)} />
      ) : null}
    </Space>
  );
}
