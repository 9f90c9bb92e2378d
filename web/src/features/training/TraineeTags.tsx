/** How a trainee's completion, certificates and recommendation are shown in tables and pages. */
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Enrollment } from './api';

/** Tags of a trainee's certificates and licences, with their numbers. */
export function CredentialTags({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation();
  if (enrollment.credentials.length === 0) {
    return <>—</>;
  }
  return (
    <Space size={[4, 4]} wrap>
      {enrollment.credentials.map((c) => (
        <Tag key={c.id} color="blue">
          {t(`training.credential.${c.kind}`)}
          {c.number ? t('training.credential.no', { number: c.number }) : ''}
        </Tag>
      ))}
    </Space>
  );
}

/** Completion, with its date. */
export function CompletionTag({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation();
  return enrollment.completed ? (
    <Tag color="green">
      {t('training.enrollment.completedTag', { date: enrollment.completedOn ?? '' })}
    </Tag>
  ) : (
    <Tag>{t('training.enrollment.notCompleted')}</Tag>
  );
}

/** Recommended employer and the outcome. */
export function Recommendation({ enrollment }: { enrollment: Enrollment }) {
  const { t } = useTranslation();
  if (!enrollment.recommendedTo) {
    return <>—</>;
  }
  const outcome = enrollment.hireOutcome;
  return (
    <Space size={4} wrap>
      <span>{enrollment.recommendedTo}</span>
      <Tag color={outcome === 'hired' ? 'green' : outcome === 'not_hired' ? 'default' : 'gold'}>
        {t(`training.hire.${outcome ?? 'pending'}`)}
      </Tag>
    </Space>
  );
}
