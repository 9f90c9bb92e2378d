/** A family's timeline on a phone: everything done with and for it, newest first, photos of visits inline. */
import { CameraOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  typeName,
  useActivities,
  useActivity,
  useActivityTypes,
  type ActivityType,
} from '../activities/api';
import { ErrorState } from '../../ui/states';
import { MEASURE_COLOR } from '../measures/shared';
import { useTimeline, type TimelineEntry } from './api';

const TIMELINE_COLOR: Record<string, string> = {
  red: 'red',
  blue: 'blue',
  green: 'green',
  orange: 'orange',
  gold: 'orange',
};

/** "走访入户", "就业", "五个一 · 一件实事好事", … */
function entryLabel(
  t: TFunction,
  e: TimelineEntry,
  types: readonly ActivityType[] | undefined,
  language: string,
): string {
  if (e.kind === 'activity') {
    return typeName(types, e.subtype, language);
  }
  if (e.kind === 'assistance') {
    return t(`assistance.kind.${e.subtype}`);
  }
  if (e.kind === 'five_ones') {
    return `${t('field.timeline.fiveOnes')} · ${t(`measures.five.${e.subtype}`)}`;
  }
  if (e.kind === 'status') {
    return t(`status.${e.subtype}`);
  }
  return t(`field.timeline.kind.${e.kind}`);
}

/** The text under the label: the record's own words, or who paired for pairings. */
function entryText(t: TFunction, e: TimelineEntry): string {
  if (e.kind === 'pairing_start') {
    return t('field.timeline.pairedWith', { name: e.title });
  }
  if (e.kind === 'pairing_end') {
    return t('field.timeline.pairingEnded', { name: e.title });
  }
  return e.title;
}

/** The first photo of an activity, as a thumbnail that opens the full picture. */
function ActivityPhoto({ id }: { id: string }) {
  const { t } = useTranslation();
  const activity = useActivity(id);
  const photo = activity.data?.photos[0];
  if (activity.isPending) {
    return <Skeleton.Image active style={{ width: 120, height: 90 }} />;
  }
  if (!photo) {
    return null;
  }
  return (
    <a
      href={photo.fileUrl}
      target="_blank"
      rel="noreferrer"
      aria-label={t('field.timeline.openPhoto')}
      style={{ display: 'inline-block', marginTop: 6 }}
    >
      <img
        src={photo.thumbUrl}
        alt={photo.caption || t('field.timeline.photo')}
        data-testid="timeline-photo"
        style={{ width: 120, height: 90, objectFit: 'cover', borderRadius: 6, display: 'block' }}
      />
    </a>
  );
}

export function FamilyTimeline({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useTimeline(householdId);
  const types = useActivityTypes();
  // Photo counts of the family's activities: thumbnails are fetched only for those with photos.
  const activities = useActivities({ household: householdId });
  const photoCount = new Map(
    (activities.data?.pages.flatMap((p) => p.items) ?? []).map((a) => [a.id, a.photoCount]),
  );
  const entries = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card title={t('field.timeline.title')} data-testid="family-timeline">
      {timeline.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} retry={() => void timeline.refetch()} />
      ) : entries.length === 0 ? (
        <Typography.Text type="secondary">{t('field.timeline.empty')}</Typography.Text>
      ) : (
        <>
          <Timeline
            items={entries.map((e) => ({
              key: `${e.kind}:${e.id}`,
              color: e.measure ? (TIMELINE_COLOR[MEASURE_COLOR[e.measure]] ?? 'blue') : 'gray',
              content: (
                <div data-testid="timeline-entry" data-kind={e.kind} data-id={e.id}>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {e.date}
                  </Typography.Text>
                  <div>
                    <Typography.Text strong>
                      {entryLabel(t, e, types.data?.items, i18n.language)}
                    </Typography.Text>
                    {e.measure ? (
                      <Tag color={MEASURE_COLOR[e.measure]} style={{ marginLeft: 8 }}>
                        {t(`measures.measure.${e.measure}`)}
                      </Tag>
                    ) : null}
                    {(photoCount.get(e.id) ?? 0) > 0 ? (
                      <CameraOutlined aria-label={t('field.timeline.photo')} />
                    ) : null}
                  </div>
                  {entryText(t, e) &&
                  entryText(t, e) !== entryLabel(t, e, types.data?.items, i18n.language) ? (
                    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3 }}>
                      {entryText(t, e)}
                    </Typography.Paragraph>
                  ) : null}
                  {e.kind === 'activity' && (photoCount.get(e.id) ?? 0) > 0 ? (
                    <ActivityPhoto id={e.id} />
                  ) : null}
                </div>
              ),
            }))}
          />
          {timeline.hasNextPage ? (
            <Button
              block
              size="large"
              loading={timeline.isFetchingNextPage}
              onClick={() => void timeline.fetchNextPage()}
            >
              {t('common.more')}
            </Button>
          ) : null}
        </>
      )}
    </Card>
  );
}
