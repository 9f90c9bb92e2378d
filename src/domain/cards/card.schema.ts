/** The household card (帮扶明白卡): what one printed page tells a family, as data. */
import { z } from 'zod';
import { MEASURES } from '../measures.js';
import {
  HEALTH,
  LABOUR_ABILITIES,
  PAIRING_ROLES,
  POVERTY_STATUSES,
  RELATIONS,
  SCHOOLING,
  SEXES,
} from '../registry/enums.js';

/** The kinds of help a card lists: the timeline's kinds that are help given to the family. */
export const CARD_HELP_KINDS = [
  'activity',
  'assistance',
  'student',
  'grant',
  'training',
  'five_ones',
] as const;
export type CardHelpKind = (typeof CARD_HELP_KINDS)[number];

export const CardMember = z.object({
  name: z.string(),
  relation: z.enum(RELATIONS),
  sex: z.enum(SEXES),
  age: z.number().int().describe('Whole years at the card date'),
  idNumber: z.string().nullable().describe('Always masked on the card: 6530**********123X'),
  schooling: z.enum(SCHOOLING),
  labourAbility: z.enum(LABOUR_ABILITIES),
  health: z.enum(HEALTH).nullable().describe('Null for roles that may not see health data'),
});
export type CardMember = z.infer<typeof CardMember>;

export const CardIncome = z.object({
  year: z.number().int(),
  memberCount: z.number().int(),
  totalFen: z.number().int(),
  perCapitaFen: z.number().int().describe('Per-capita net income in fen'),
});
export type CardIncome = z.infer<typeof CardIncome>;

export const CardCadre = z.object({
  name: z.string(),
  unitName: z.string(),
  phone: z.string().nullable(),
  role: z.enum(PAIRING_ROLES),
  since: z.string().describe('Start of the pairing (YYYY-MM-DD)'),
});
export type CardCadre = z.infer<typeof CardCadre>;

export const CardHelpItem = z.object({
  kind: z.enum(CARD_HELP_KINDS),
  subtype: z.string().describe('Activity type, assistance kind, skill, semester or five-ones item'),
  subtypeName: z
    .object({ 'zh-CN': z.string(), en: z.string() })
    .nullable()
    .describe('The name of an activity type, in both languages; null for other kinds'),
  date: z.string(),
  measure: z.enum(MEASURES).nullable(),
  title: z.string(),
});
export type CardHelpItem = z.infer<typeof CardHelpItem>;

export const HouseholdCard = z.object({
  householdId: z.string(),
  cardDate: z.string().describe('The date the card was made (YYYY-MM-DD); ages are at this date'),
  year: z.number().int().describe('The year whose help is listed'),
  villageCode: z.string(),
  villageName: z.string(),
  address: z.string(),
  headName: z.string(),
  status: z.enum(POVERTY_STATUSES),
  members: z.array(CardMember),
  incomes: z.array(CardIncome).describe('Yearly income records, oldest first'),
  cadres: z.array(CardCadre).describe('The cadres currently paired, lead first'),
  help: z.array(CardHelpItem).describe('Help given this year, newest first'),
  url: z.string().describe('Where the household opens in the web app (the QR code)'),
});
export type HouseholdCard = z.infer<typeof HouseholdCard>;

/** Whole years from a birth date to a date (both YYYY-MM-DD); never negative. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  const beforeBirthday = date.slice(5) < birthDate.slice(5);
  return Math.max(0, beforeBirthday ? years - 1 : years);
}

/** The web app's address of a household, which the QR code encodes. */
export function householdUrl(baseUrl: string, householdId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/households/${householdId}`;
}
