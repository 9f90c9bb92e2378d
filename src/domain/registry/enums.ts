/** The closed lists of the registry. Labels live in the message catalogues. */

export const POVERTY_STATUSES = ['registered_poor', 'exited', 'monitored', 'not_poor'] as const;
export type PovertyStatus = (typeof POVERTY_STATUSES)[number];

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];

export const RELATIONS = [
  'head',
  'spouse',
  'child',
  'child_in_law',
  'parent',
  'parent_in_law',
  'grandchild',
  'grandparent',
  'sibling',
  'other',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const SCHOOLING = [
  'none',
  'preschool',
  'primary',
  'junior',
  'senior',
  'vocational',
  'college',
  'postgraduate',
] as const;

export const LABOUR_ABILITIES = ['full', 'partial', 'none', 'not_working_age'] as const;
export const HEALTH = ['healthy', 'chronic', 'serious', 'disabled'] as const;
export const DISABILITIES = [
  'none',
  'physical',
  'visual',
  'hearing',
  'speech',
  'intellectual',
  'mental',
  'multiple',
] as const;

export const PAIRING_ROLES = ['lead', 'assist'] as const;
export type PairingRole = (typeof PAIRING_ROLES)[number];
