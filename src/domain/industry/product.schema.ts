/** Products (产品) and their certifications (认证, 商标): validity and the expired flag. */
import { z } from 'zod';
import { zBoolFlag, zDate, zRequiredText, zText, zUuid } from '../common.schema.js';
import type { FieldProblem } from '../errors.js';
import { addProblems, recordMeta, zPeriodQuery } from '../training/record.schema.js';
import { CERTIFICATION_KINDS, PRODUCT_CATEGORIES } from './enums.js';

const productFields = {
  name: zRequiredText(100).describe('E.g. 褐牛, 高产玉米, 手工刺绣, 牛羊肉'),
  category: z.enum(PRODUCT_CATEGORIES),
  unit: zRequiredText(20).describe('Unit of sale: 头, 公斤, 件 …'),
  description: zText(1000),
};

export const ProductCreate = z.strictObject({
  ...productFields,
  description: productFields.description.default(''),
});
export type ProductCreate = z.infer<typeof ProductCreate>;

export const ProductPatch = z.strictObject(productFields).partial();
export type ProductPatch = z.infer<typeof ProductPatch>;

export const ProductListQuery = z.object({
  ...zPeriodQuery.pick({ limit: true, cursor: true, includeVoided: true }).shape,
  category: z.enum(PRODUCT_CATEGORIES).optional(),
  cooperative: zUuid.optional().describe('Products of this cooperative'),
});
export type ProductListQuery = z.infer<typeof ProductListQuery>;

export const Product = z.object({
  id: zUuid,
  name: z.string(),
  category: z.enum(PRODUCT_CATEGORIES),
  unit: z.string(),
  description: z.string(),
  ...recordMeta,
});
export type Product = z.infer<typeof Product>;

const certificationFields = {
  productId: zUuid,
  cooperativeId: zUuid.nullable().describe('The cooperative holding it, if any'),
  kind: z.enum(CERTIFICATION_KINDS),
  number: zText(100).describe('Certificate or registration number'),
  issuer: zText(200),
  validFrom: zDate,
  validTo: zDate.nullable().describe('Null when it does not expire'),
  note: zText(1000),
};

/** The end of validity is not before its start. */
export function certificationProblems(c: {
  validFrom: string;
  validTo: string | null;
}): FieldProblem[] {
  return c.validTo !== null && c.validTo < c.validFrom
    ? [{ path: 'validTo', key: 'field.date_order' }]
    : [];
}

export const CertificationCreate = z
  .strictObject({
    ...certificationFields,
    cooperativeId: certificationFields.cooperativeId.optional().default(null),
    number: certificationFields.number.default(''),
    issuer: certificationFields.issuer.default(''),
    validTo: certificationFields.validTo.optional().default(null),
    note: certificationFields.note.default(''),
  })
  .superRefine((c, ctx) => addProblems(certificationProblems(c), ctx));
export type CertificationCreate = z.infer<typeof CertificationCreate>;

export const CertificationPatch = z
  .strictObject(certificationFields)
  .omit({ productId: true })
  .partial();
export type CertificationPatch = z.infer<typeof CertificationPatch>;

export const CertificationListQuery = zPeriodQuery.extend({
  product: zUuid.optional(),
  cooperative: zUuid.optional(),
  kind: z.enum(CERTIFICATION_KINDS).optional(),
  expired: zBoolFlag.optional().describe('Only expired (true) or only valid (false) ones'),
});
export type CertificationListQuery = z.infer<typeof CertificationListQuery>;

export const Certification = z.object({
  id: zUuid,
  productId: zUuid,
  productName: z.string(),
  cooperativeId: z.string().nullable(),
  cooperativeName: z.string().nullable(),
  kind: z.enum(CERTIFICATION_KINDS),
  number: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  expired: z.boolean().describe('Valid-to date before today'),
  note: z.string(),
  ...recordMeta,
});
export type Certification = z.infer<typeof Certification>;

export const ProductDetail = Product.extend({ certifications: z.array(Certification) });
export type ProductDetail = z.infer<typeof ProductDetail>;
