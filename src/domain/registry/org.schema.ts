/** The organization's units and its cadres (结亲干部). */
import { z } from 'zod';
import {
  zBoolFlag,
  zDate,
  zPageQuery,
  zPersonName,
  zPhone,
  zRequiredText,
  zText,
  zUuid,
} from '../common.schema.js';
import { SEXES } from './enums.js';

export const UnitCreate = z.strictObject({
  name: zRequiredText(100),
  parentId: zUuid.nullable().optional().describe('The unit this one belongs to; null at the top'),
});
export type UnitCreate = z.infer<typeof UnitCreate>;
export const UnitPatch = UnitCreate.partial();
export type UnitPatch = z.infer<typeof UnitPatch>;

export const UnitListQuery = zPageQuery.extend({
  parent: zUuid.optional().describe('Only the direct sub-units of this unit'),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;

export const Unit = z.object({
  id: zUuid,
  name: z.string(),
  parentId: zUuid.nullable(),
  cadreCount: z.number().int().describe('Cadres in the unit, active or not'),
});
export type Unit = z.infer<typeof Unit>;

export const CadreCreate = z.strictObject({
  unitId: zUuid,
  name: zPersonName,
  sex: z.enum(SEXES),
  phone: zPhone.nullable().optional(),
  position: zText(100).default(''),
});
export type CadreCreate = z.infer<typeof CadreCreate>;

export const CadrePatch = z.strictObject({
  unitId: zUuid.optional(),
  name: zPersonName.optional(),
  sex: z.enum(SEXES).optional(),
  phone: zPhone.nullable().optional(),
  position: zText(100).optional(),
  leftOn: zDate
    .nullable()
    .optional()
    .describe('The day the cadre left the program; hand over their pairings first'),
});
export type CadrePatch = z.infer<typeof CadrePatch>;

export const CadreListQuery = zPageQuery.extend({
  unit: zUuid.optional(),
  active: zBoolFlag.optional().describe('true: no leftOn; false: left the program'),
  q: z.string().trim().min(1).max(50).optional().describe('Part of the name'),
});
export type CadreListQuery = z.infer<typeof CadreListQuery>;

export const Cadre = z.object({
  id: zUuid,
  unitId: zUuid,
  unitName: z.string(),
  name: z.string(),
  sex: z.enum(SEXES),
  phone: z.string().nullable(),
  position: z.string(),
  leftOn: z.string().nullable(),
  currentPairings: z.number().int(),
});
export type Cadre = z.infer<typeof Cadre>;
