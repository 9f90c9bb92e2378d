/** One household: the family, members (ID numbers masked), poverty-status history. */
import { Card, Descriptions, Space, Table, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { useHousehold, type PersonView } from '../registry/api';

export function HouseholdDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const household = useHousehold(id);
  if (household.isPending) {
    return <Loading rows={8} />;
  }
  if (household.isError) {
    return <ErrorState error={household.error} retry={() => void household.refetch()} />;
  }
  const h = household.data;
  const members = [
    { title: t('person.name'), dataIndex: 'name' },
    {
      title: t('person.relation'),
      dataIndex: 'relation',
      render: (r: string) => t(`relation.${r}`),
    },
    { title: t('person.sex'), dataIndex: 'sex', render: (s: string) => t(`sex.${s}`) },
    { title: t('person.birthDate'), dataIndex: 'birthDate' },
    {
      title: t('person.idNumber'),
      dataIndex: 'idNumber',
      render: (v: string | null) => <span style={{ fontFamily: 'monospace' }}>{v ?? '—'}</span>,
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={`${h.headName} · ${h.villageName}`} data-testid="household-detail">
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('household.status')}>
            <Tag>{t(`status.${h.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('household.statusSince')}>{h.statusSince}</Descriptions.Item>
          {h.exitYear ? (
            <Descriptions.Item label={t('household.exitYear')}>{h.exitYear}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('household.address')}>{h.address || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('household.phone')}>{h.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('household.memberCount')}>{h.memberCount}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('household.members')}>
        <Table<PersonView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={h.members}
          columns={members}
          scroll={{ x: true }}
        />
      </Card>
      <Card title={t('household.statusHistory')}>
        <Timeline
          items={h.statusHistory.map((s) => ({
            key: s.id,
            children: `${s.effectiveDate} · ${t(`status.${s.status}`)}${s.exitYear ? ` (${s.exitYear})` : ''}${s.reason ? ` · ${s.reason}` : ''}`,
          }))}
        />
      </Card>
    </Space>
  );
}
