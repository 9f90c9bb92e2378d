/** Household members (家庭成员): input, rules that tie the ID number to birth date and sex, output. */
import { z } from 'zod';
import { zIdNumber, zPastDate, zPersonName, zPhone, zUuid } from '../common.schema.js';
import { parseIdNumber } from '../validation/id-number.js';
import { DISABILITIES, HEALTH, LABOUR_ABILITIES, RELATIONS, SCHOOLING, SEXES } from './enums.js';

const personFields = {
  name: zPersonName,
  sex: z.enum(SEXES).describe('M or F'),
  birthDate: zPastDate,
  idNumber: zIdNumber.nullable().optional(),
  relation: z.enum(RELATIONS),
  schooling: z.enum(SCHOOLING).default('none'),
  labourAbility: z.enum(LABOUR_ABILITIES).default('full'),
  health: z.enum(HEALTH).default('healthy'),
  disability: z.enum(DISABILITIES).default('none'),
  phone: zPhone.nullable().optional(),
};

/** The ID number must carry the person's own birth date and sex. */
function checkIdAgainstPerson(
  p: { idNumber?: string | null | undefined; birthDate?: string; sex?: string },
  ctx: z.RefinementCtx,
): void {
  if (!p.idNumber) {
    return;
  }
  const parsed = parseIdNumber(p.idNumber, '9999-12-31');
  if (!parsed.ok) {
    return;
  }
  if (p.birthDate !== undefined && parsed.id.birthDate !== p.birthDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['idNumber'],
      message: 'field.id_birth_mismatch',
      params: { birthDate: p.birthDate },
    });
  }
  if (p.sex !== undefined && parsed.id.sex !== p.sex) {
    ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'field.id_sex_mismatch' });
  }
}

export const PersonInput = z.strictObject(personFields).superRefine(checkIdAgainstPerson);
export type PersonInput = z.infer<typeof PersonInput>;

export const PersonCreate = z
  .strictObject({ householdId: zUuid, ...personFields })
  .superRefine(checkIdAgainstPerson);
export type PersonCreate = z.infer<typeof PersonCreate>;

/** A correction: any subset of fields; consistency is checked against the stored record too. */
export const PersonPatch = z.strictObject(personFields).partial();
export type PersonPatch = z.infer<typeof PersonPatch>;

export { checkIdAgainstPerson };

export const Person = z.object({
  id: zUuid,
  householdId: zUuid,
  name: z.string(),
  sex: z.enum(SEXES),
  birthDate: z.string(),
  idNumber: z
    .string()
    .nullable()
    .describe('Masked (6530**********123X) unless the role may see it whole'),
  idNumberMasked: z.boolean(),
  relation: z.enum(RELATIONS),
  schooling: z.enum(SCHOOLING),
  labourAbility: z.enum(LABOUR_ABILITIES),
  health: z.enum(HEALTH).nullable().describe('Null for roles that may not see health data'),
  disability: z.enum(DISABILITIES).nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;
