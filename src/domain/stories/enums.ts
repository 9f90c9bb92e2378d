/** The closed lists of stories (典型事例 / 感言). Labels live in the message catalogues. */

/** How consent to publish was given: written (书面), recorded (口头录音), witnessed (口头见证). */
export const CONSENT_METHODS = ['written', 'verbal_recorded', 'verbal_witnessed', 'other'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Kinds of records a story may speak of. */
export const STORY_RECORD_KINDS = [
  'activity',
  'assistance',
  'employment',
  'medical_aid',
  'donation',
  'project',
  'loan',
  'grant',
  'course',
  'enrollment',
  'follow_up',
  'cooperative',
  'sale',
  'tourism_project',
  'other',
] as const;
export type StoryRecordKind = (typeof STORY_RECORD_KINDS)[number];
