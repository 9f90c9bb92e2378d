/** Accounts: sign in, passwords, users and the audit-log query. */
import { z } from 'zod';
import { zBoolFlag, zPageQuery, zRequiredText, zUuid } from '../common.schema.js';
import { isIsoDate } from '../validation/dates.js';
import { ROLES } from '../roles.js';

export const zPassword = z
  .string()
  .max(200)
  .refine((p) => p.length >= 10 && /[A-Za-z]/.test(p) && /\d/.test(p), {
    message: 'field.password_weak',
  });

export const LoginInput = z.strictObject({
  username: zRequiredText(64),
  password: z.string().min(1).max(200),
});

export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: zPassword,
});

export const UserCreate = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9._-]{2,31}$/, { message: 'field.username' }),
  displayName: zRequiredText(50),
  role: z.enum(ROLES),
  cadreId: zUuid.nullable().optional(),
  password: zPassword,
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserPatch = z.strictObject({
  displayName: zRequiredText(50).optional(),
  role: z.enum(ROLES).optional(),
  cadreId: zUuid.nullable().optional(),
  active: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const UserListQuery = zPageQuery.extend({
  role: z.enum(ROLES).optional(),
  active: zBoolFlag.optional().describe('true: only active accounts; false: only deactivated'),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const PasswordReset = z.strictObject({ password: zPassword });

export const User = z.object({
  id: zUuid,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  cadreId: zUuid.nullable(),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

/** What an audit entry records; reads of personal data are entries too. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'void',
  'delete',
  'approve',
  'reject',
  'read_full',
  'reveal_id_number',
  'login',
  'logout',
  'export',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date (a whole day in the program's zone) or a date-time with its offset. */
const zDateOrDateTime = z
  .string()
  .refine(
    (v) =>
      v.length === 10
        ? isIsoDate(v)
        : ISO_DATE_TIME.test(v) && isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)),
    {
      message: 'field.date_or_datetime',
    },
  )
  .describe('YYYY-MM-DD (a day in Asia/Shanghai) or an ISO date-time with offset');

export const AuditQuery = zPageQuery.extend({
  user: zUuid.optional().describe('Only what this user did'),
  entity: z.string().max(50).optional().describe('Record type, e.g. household, person, user'),
  entityId: z.string().max(64).optional().describe('One record'),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: zDateOrDateTime.optional().describe('From this day or instant (inclusive)'),
  to: zDateOrDateTime.optional().describe('Up to this day (inclusive) or instant (exclusive)'),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
