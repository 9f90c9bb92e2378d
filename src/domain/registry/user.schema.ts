/** Accounts: sign in, passwords, users and the audit-log query. */
import { z } from 'zod';
import { zPageQuery, zRequiredText, zUuid } from '../common.schema.js';
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

export const AuditQuery = zPageQuery.extend({
  user: zUuid.optional(),
  entity: z.string().max(50).optional(),
  entityId: z.string().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional().or(z.iso.date().optional()),
  to: z.iso.datetime({ offset: true }).optional().or(z.iso.date().optional()),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
