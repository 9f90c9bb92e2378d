/** One cooperative: its details, member households, products and certifications. */
import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { useVillages } from '../registry/api';
import { DetailCard, useVoidConfirm, useWorkAccess } from '../training/shared';
import {
  useCertifications,
  useCooperative,
  useVoidCooperative,
  type Certification,
  type CooperativeDetail,
} from './api';
import { CertificationValidity } from './parts';

export function CooperativePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useWorkAccess();
  const coop = useCooperative(id);
  const villages = useVillages();
  const certifications = useCertifications({ cooperative: id });
  const voidCoop = useVoidCooperative();
  const confirmVoid = useVoidConfirm();
  if (coop.isPending) {
    return <Loading rows={8} />;
  }
  if (coop.isError) {
    return <ErrorState error={coop.error} retry={() => void coop.refetch()} />;
  }
  const c = coop.data;
  const voided = c.voidedAt !== null;
  const canWrite = access.canIndustry && !voided;
  const villageName = (code: string) =>
    villages.data?.items.find((v) => v.code === code)?.name ?? code;
  const certs = certifications.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DetailCard
        data-testid="coop-detail"
        title={
          <Space wrap>
            <span>{c.name}</span>
            {voided ? <Tag color="red">{t('training.void.voided')}</Tag> : null}
          </Space>
        }
        toolbar={
          canWrite ? (
            <Space>
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(`/industry/cooperatives/${c.id}/edit`)}
              >
                {t('industry.coop.edit')}
              </Button>
              <Button
                danger
                onClick={() =>
                  confirmVoid({
                    title: t('industry.coop.voidTitle'),
                    what: c.name,
                    onVoid: (reason) => voidCoop.mutateAsync({ id: c.id, reason }),
                  })
                }
              >
                {t('training.void.action')}
              </Button>
            </Space>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('industry.village')}>{c.villageName}</Descriptions.Item>
          <Descriptions.Item label={t('industry.coop.foundedOn')}>{c.foundedOn}</Descriptions.Item>
          <Descriptions.Item label={t('industry.coop.business')}>
            {c.business || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('industry.coop.memberCount')}>
            {c.memberCount}
          </Descriptions.Item>
          <Descriptions.Item label={t('industry.coop.products')}>
            {c.products.length === 0 ? (
              '—'
            ) : (
              <Space size={[4, 4]} wrap>
                {c.products.map((p) => (
                  <Tag key={p.id}>{p.name}</Tag>
                ))}
              </Space>
            )}
          </Descriptions.Item>
          {c.note ? (
            <Descriptions.Item label={t('industry.note')}>{c.note}</Descriptions.Item>
          ) : null}
          {voided ? (
            <Descriptions.Item label={t('training.void.reason')}>
              <Typography.Text type="danger">{c.voidReason}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </DetailCard>
      <Card title={t('industry.coop.members')}>
        {c.members.length < c.memberCount ? (
          <Typography.Paragraph type="secondary">
            {t('industry.coop.membersHidden', { shown: c.members.length, total: c.memberCount })}
          </Typography.Paragraph>
        ) : null}
        <Table<CooperativeDetail['members'][number]>
          rowKey="householdId"
          size="small"
          pagination={false}
          dataSource={c.members}
          locale={{ emptyText: t('industry.coop.noMembers') }}
          columns={[
            {
              title: t('industry.coop.head'),
              dataIndex: 'headName',
              render: (name: string, m) => <Link to={`/households/${m.householdId}`}>{name}</Link>,
            },
            {
              title: t('industry.village'),
              dataIndex: 'villageCode',
              render: (code: string) => villageName(code),
            },
          ]}
        />
      </Card>
      <Card title={t('industry.cert.ofCoop')}>
        {certifications.isError ? (
          <ErrorState error={certifications.error} retry={() => void certifications.refetch()} />
        ) : (
          <Table<Certification>
            rowKey="id"
            size="small"
            pagination={false}
            loading={certifications.isPending}
            dataSource={certs}
            locale={{ emptyText: t('industry.cert.none') }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('industry.product'), dataIndex: 'productName' },
              {
                title: t('industry.cert.kind'),
                dataIndex: 'kind',
                render: (k: string) => t(`industry.certKind.${k}`),
              },
              { title: t('industry.cert.number'), dataIndex: 'number' },
              {
                title: t('industry.cert.validity'),
                key: 'validity',
                render: (_: unknown, x: Certification) => <CertificationValidity cert={x} />,
              },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
