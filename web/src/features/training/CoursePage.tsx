/** One course: its details and its trainees (attendance, completion, credentials, recommendation). */
import { EditOutlined, StarFilled, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import {
  useCourse,
  useEnrollments,
  useVoidCourse,
  useVoidEnrollment,
  type Course,
  type Enrollment,
} from './api';
import { EnrollModal, OutcomeModal } from './EnrollmentModals';
import { CompletionTag, CredentialTags, Recommendation } from './TraineeTags';
import { DetailCard, useVoidConfirm, useWorkAccess } from './shared';

function attendance(e: Enrollment): string {
  return e.attendancePercent === null
    ? `${e.sessionsAttended}/${e.sessionsTotal}`
    : `${e.sessionsAttended}/${e.sessionsTotal} (${e.attendancePercent}%)`;
}

function Trainees({ course, canWrite }: { course: Course; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useEnrollments({ course: course.id });
  const voidEnrollment = useVoidEnrollment();
  const confirmVoid = useVoidConfirm();
  const [enrolling, setEnrolling] = useState(false);
  const [editing, setEditing] = useState<Enrollment | null>(null);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const full = course.enrolledCount >= course.capacity;
  const columns = [
    {
      title: t('training.enrollment.person'),
      dataIndex: 'personName',
      render: (name: string, e: Enrollment) => (
        <Space size={4}>
          <Link to={`/training/trainees/${e.id}`}>{name}</Link>
          {e.outstanding ? (
            <Tooltip title={t('training.enrollment.outstanding')}>
              <StarFilled
                style={{ color: '#faad14' }}
                aria-label={t('training.enrollment.outstanding')}
              />
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { title: t('training.enrollment.village'), dataIndex: 'villageName' },
    {
      title: t('training.enrollment.attendance'),
      key: 'attendance',
      render: (_: unknown, e: Enrollment) => attendance(e),
    },
    {
      title: t('training.enrollment.completion'),
      key: 'completed',
      render: (_: unknown, e: Enrollment) => <CompletionTag enrollment={e} />,
    },
    {
      title: t('training.enrollment.credentials'),
      key: 'credentials',
      render: (_: unknown, e: Enrollment) => <CredentialTags enrollment={e} />,
    },
    {
      title: t('training.enrollment.recommendation'),
      key: 'recommendation',
      render: (_: unknown, e: Enrollment) => <Recommendation enrollment={e} />,
    },
    ...(canWrite
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, e: Enrollment) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing(e)}>
                  {t('training.outcome.record')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() =>
                    confirmVoid({
                      title: t('training.enrollment.voidTitle'),
                      what: t('training.enrollment.voidWhat', {
                        name: e.personName,
                        course: course.title,
                      }),
                      onVoid: (reason) => voidEnrollment.mutateAsync({ id: e.id, reason }),
                    })
                  }
                >
                  {t('training.void.action')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t('training.enrollment.list')}
      extra={
        canWrite ? (
          <Tooltip title={full ? t('training.enroll.full') : undefined}>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              disabled={full || course.voidedAt !== null}
              onClick={() => setEnrolling(true)}
            >
              {t('training.enroll.action')}
            </Button>
          </Tooltip>
        ) : null
      }
    >
      {list.isError ? (
        <ErrorState error={list.error} retry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Enrollment>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="enrollments"
            locale={{ emptyText: <EmptyState description={t('training.enrollment.none')} /> }}
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
      {enrolling ? <EnrollModal course={course} onClose={() => setEnrolling(false)} /> : null}
      {editing ? <OutcomeModal enrollment={editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}

export function CoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useWorkAccess();
  const course = useCourse(id);
  const voidCourse = useVoidCourse();
  const confirmVoid = useVoidConfirm();
  if (course.isPending) {
    return <Loading rows={8} />;
  }
  if (course.isError) {
    return <ErrorState error={course.error} retry={() => void course.refetch()} />;
  }
  const c = course.data;
  const voided = c.voidedAt !== null;
  const canWrite = access.canTrain && !voided;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DetailCard
        title={
          <Space wrap>
            <span>{c.title}</span>
            <Tag>{t(`training.skill.${c.skill}`)}</Tag>
            {voided ? <Tag color="red">{t('training.void.voided')}</Tag> : null}
          </Space>
        }
        data-testid="course-detail"
        toolbar={
          canWrite ? (
            <Space>
              <Button
                icon={<EditOutlined />}
                onClick={() => void navigate(`/training/courses/${c.id}/edit`)}
              >
                {t('training.course.edit')}
              </Button>
              <Button
                danger
                onClick={() =>
                  confirmVoid({
                    title: t('training.course.voidTitle'),
                    what: c.title,
                    onVoid: (reason) => voidCourse.mutateAsync({ id: c.id, reason }),
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
          <Descriptions.Item label={t('training.course.trainer')}>
            {c.trainerName || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.course.placeKind')}>
            {t(`training.placeKind.${c.placeKind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.course.place')}>
            {[c.placeKind === 'village' ? c.placeName : '', c.placeText]
              .filter(Boolean)
              .join(' · ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.course.dates')}>
            {`${c.startDate} ~ ${c.endDate}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('training.course.enrolled')}>
            {t('training.course.seats', { enrolled: c.enrolledCount, capacity: c.capacity })}
          </Descriptions.Item>
          {c.note ? (
            <Descriptions.Item label={t('training.note')}>{c.note}</Descriptions.Item>
          ) : null}
          {voided ? (
            <Descriptions.Item label={t('training.void.reason')}>
              <Typography.Text type="danger">{c.voidReason}</Typography.Text>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </DetailCard>
      <Trainees course={c} canWrite={canWrite} />
    </Space>
  );
}
