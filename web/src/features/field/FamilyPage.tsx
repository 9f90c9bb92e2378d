/** One paired family on a phone: who they are, when last visited, two big actions, five ones, timeline. */
import { CameraOutlined, HeartOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { STATUS_COLOR } from '../registry/format';
import { useHousehold } from '../registry/api';
import { useLastVisits } from './api';
import { FamilyTimeline } from './FamilyTimeline';
import { FiveOnesCard } from './FiveOnesCard';
import { BackLink, BIG } from './parts';

export function FamilyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const household = useHousehold(id);
  const visit = useLastVisits([id]).get(id);
  if (household.isPending) {
    return <Loading rows={8} />;
  }
  if (household.isError) {
    return <ErrorState error={household.error} retry={() => void household.refetch()} />;
  }
  const h = household.data;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="field-family">
      <BackLink />
      <Card styles={{ body: { padding: 16 } }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {h.headName}
        </Typography.Title>
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {`${h.villageName} · ${h.address}`}
        </Typography.Text>
        <Space wrap size={4} style={{ marginTop: 8 }}>
          <Tag color={STATUS_COLOR[h.status]}>{t(`status.${h.status}`)}</Tag>
          <Tag>{`${t('household.memberCount')} ${h.members.length}`}</Tag>
          {visit ? (
            <Tag color={visit.due ? 'red' : 'green'} data-testid="family-last-visit">
              {visit.date === null
                ? t('field.neverVisited')
                : `${t('field.lastVisit')} ${visit.date}`}
            </Tag>
          ) : null}
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {h.members
            .map((m) => t('measures.withNote', { name: m.name, note: t(`relation.${m.relation}`) }))
            .join(t('measures.sep'))}
        </Typography.Paragraph>
        {h.phone ? (
          <Button
            href={`tel:${h.phone}`}
            icon={<PhoneOutlined />}
            style={{ marginTop: 8, minHeight: 44 }}
          >
            {h.phone}
          </Button>
        ) : null}
      </Card>
      <Button
        type="primary"
        block
        icon={<CameraOutlined />}
        style={BIG}
        onClick={() => void navigate(`/field/families/${h.id}/visit`)}
        data-testid="log-visit"
      >
        {t('field.visit.log')}
      </Button>
      <Button
        block
        icon={<HeartOutlined />}
        style={BIG}
        onClick={() => void navigate(`/field/families/${h.id}/help`)}
        data-testid="log-help"
      >
        {t('field.help.log')}
      </Button>
      <FiveOnesCard householdId={h.id} />
      <FamilyTimeline householdId={h.id} />
    </Space>
  );
}
