/** The closed lists of skills training (技能培训). Labels live in the message catalogues. */

export const SKILLS = [
  'cooking',
  'driving',
  'embroidery',
  'livestock',
  'planting',
  'other',
] as const;
export type Skill = (typeof SKILLS)[number];

/** Where a course is held: in a village, in the capital (乌鲁木齐), or elsewhere. */
export const PLACE_KINDS = ['village', 'capital', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The capital where outstanding relatives are sent for training. */
export const CAPITAL_NAME = '乌鲁木齐';

export const CREDENTIAL_KINDS = [
  'certificate',
  'driving_licence',
  'operating_licence',
  'other',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const HIRE_OUTCOMES = ['hired', 'not_hired'] as const;
export type HireOutcome = (typeof HIRE_OUTCOMES)[number];

/** Follow-ups are made 3, 6 and 12 months after a course. */
export const FOLLOW_UP_MONTHS = ['3', '6', '12'] as const;
