/** The closed lists of assistance records and the five-ones campaign. Labels live in the catalogue. */

export const ASSISTANCE_KINDS = [
  'job',
  'medical',
  'health_check',
  'donation',
  'project',
  'loan',
  'good_deed',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export const ASSISTANCE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type AssistanceStatus = (typeof ASSISTANCE_STATUSES)[number];

export const BENEFICIARY_KINDS = ['person', 'household', 'village'] as const;
export type BeneficiaryKind = (typeof BENEFICIARY_KINDS)[number];

/** 家门口 / 疆内 / 疆外 */
export const JOB_PLACES = ['near_home', 'in_region', 'out_of_region'] as const;
export type JobPlace = (typeof JOB_PLACES)[number];

/** 劳务协作 / 东西部协作 / 对口支援 / 其他 */
export const JOB_CHANNELS = ['labour_cooperation', 'east_west', 'paired_support', 'other'] as const;
export type JobChannel = (typeof JOB_CHANNELS)[number];

/** 假肢/辅具 / 治疗 / 其他 */
export const MEDICAL_KINDS = ['prosthesis_or_device', 'treatment', 'other'] as const;
export type MedicalKind = (typeof MEDICAL_KINDS)[number];

/** 灌溉 / 饮水 / 道路 / 住房 / 其他 */
export const PROJECT_CATEGORIES = [
  'irrigation',
  'drinking_water',
  'road',
  'housing',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const PROJECT_STATUSES = ['planned', 'building', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const LOAN_STATUSES = ['applied', 'granted', 'repaid', 'overdue'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

/** The "five ones" (五个一) every pairing does in the campaign, in the article's order. */
export const FIVE_ONES_ITEMS = [
  'micro_lecture',
  'epidemic_knowledge',
  'good_deed',
  'relief_tip',
  'study_aid_gift',
] as const;
export type FiveOnesItem = (typeof FIVE_ONES_ITEMS)[number];

export const PROGRESS_GROUPINGS = ['cadre', 'unit'] as const;
export type ProgressGrouping = (typeof PROGRESS_GROUPINGS)[number];
