/** Which measure's section a story belongs in, from the kind of record it speaks of. */
import type { Measure } from '../measures.js';
import type { StoryRecordKind } from '../stories/enums.js';

/** Record kinds with a fixed measure; activities carry their own, `other` has none. */
const KIND_MEASURE: Readonly<Partial<Record<StoryRecordKind, Measure>>> = {
  assistance: 'relief',
  employment: 'relief',
  medical_aid: 'relief',
  donation: 'relief',
  project: 'relief',
  loan: 'relief',
  grant: 'relief',
  course: 'training',
  enrollment: 'training',
  follow_up: 'training',
  cooperative: 'industry',
  sale: 'industry',
  tourism_project: 'industry',
};

/**
 * The measure of a story: that of its first link with one. `activityMeasure` answers for the
 * activities it links to.
 */
export function storyMeasure(
  links: readonly { kind: StoryRecordKind; recordId: string }[],
  activityMeasure: (id: string) => Measure | undefined,
): Measure | null {
  for (const link of links) {
    const measure =
      link.kind === 'activity' ? activityMeasure(link.recordId) : KIND_MEASURE[link.kind];
    if (measure) {
      return measure;
    }
  }
  return null;
}
