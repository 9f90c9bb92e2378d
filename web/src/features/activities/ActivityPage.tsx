/** One activity: what, when, where, who took part, and its photos (upload with a caption, view full size). */
import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../ui/states';
import { dateTime, MEASURE_COLOR, useMeasuresAccess } from '../measures/shared';
import { useVoidConfirm } from '../measures/void';
import { typeName, useActivity, useActivityTypes, useVoidActivity } from './api';
import { Photos } from './Photos';

export function ActivityPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const access = useMeasuresAccess();
  const activity = useActivity(id);
  const types = useActivityTypes();
  const voidActivity = useVoidActivity(id);
  const confirmVoid = useVoidConfirm();
  if (activity.isPending) {
    return <Loading rows={10} />;
  }
  if (activity.isError) {
    return <ErrorState error={activity.error} retry={() => void activity.refetch()} />;
  }
  const a = activity.data;
  const voided = a.voidedAt !== null;
  const canChange = access.canActivity && !voided;
  const names = (list: { name: string }[]) =>
    list.length > 0 ? list.map((x) => x.name).join(t('measures.sep')) : '—';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="activity-detail">
      <Card
        title={a.topic}
        extra={
          canChange ? (
            <Space wrap>
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(`/measures/activities/${a.id}/edit`)}
              >
                {t('activities.edit')}
              </Button>
              <Button
                danger
                icon={<StopOutlined />}
                onClick={() =>
                  confirmVoid({
                    title: t('activities.voidTitle'),
                    what: a.topic,
                    onVoid: (reason) => voidActivity.mutateAsync(reason),
                  })
                }
              >
                {t('activities.void')}
              </Button>
            </Space>
          ) : null
        }
      >
        {voided ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('activities.voided', { at: dateTime(a.voidedAt), reason: a.voidReason ?? '' })}
          />
        ) : null}
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('activities.field.measure')}>
            <Tag color={MEASURE_COLOR[a.measure]}>{t(`measures.measure.${a.measure}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.type')}>
            {typeName(types.data?.items, a.typeCode, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.occurredAt')}>
            {dateTime(a.occurredAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.place')}>
            <Space size={4} wrap>
              {a.online ? <Tag color="purple">{t('activities.online')}</Tag> : null}
              {a.villageName ?? (a.online ? null : '—')}
              {a.householdId ? (
                <Link to={`/households/${a.householdId}`}>
                  {t('activities.atHome', {
                    name: a.households.find((h) => h.id === a.householdId)?.headName ?? '',
                  })}
                </Link>
              ) : null}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.organizer')}>
            {a.organizer?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.cadres')}>
            {names(a.cadres)}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.lecturer')}>
            {a.lecturer ? (
              <Link to={`/households/${a.lecturer.householdId}`}>{a.lecturer.name}</Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.headcount')}>
            {a.headcount}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.households')}>
            {a.households.length > 0 ? (
              <Space size={4} wrap>
                {a.households.map((h) => (
                  <Link key={h.id} to={`/households/${h.id}`}>
                    {h.headName}
                  </Link>
                ))}
              </Space>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.persons')}>
            {names(a.persons)}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.field.notes')}>
            {a.notes || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('activities.recordedAt')}>
            {dateTime(a.createdAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Photos activity={a} canChange={canChange} />
    </Space>
  );
}
