import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.js';

describe('phone numbers', () => {
  it.each([
    ['13912345678', '13912345678'],
    ['139 1234 5678', '13912345678'],
    ['139-1234-5678', '13912345678'],
    ['+86 139 1234 5678', '13912345678'],
    ['+86-13912345678', '13912345678'],
    ['008613912345678', '13912345678'],
  ])('accepts the mobile %j as %j', (raw, value) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value, kind: 'mobile' });
  });

  it.each([
    ['0908-1234567', '0908-1234567'],
    ['09081234567', '0908-1234567'],
    ['(0908) 1234567', '0908-1234567'],
    ['010-12345678', '010-12345678'],
    ['01012345678', '010-12345678'],
    ['02112345678', '021-12345678'],
    ['0991-12345678', '0991-12345678'],
    ['+86 0908-1234567', '0908-1234567'],
  ])('accepts the landline %j as %j', (raw, value) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value, kind: 'landline' });
  });

  it.each([
    '',
    '12345',
    '1391234567',
    '139123456789',
    '12912345678',
    '908-1234567',
    '0908-123456',
    'phone',
    '0908-123456789',
  ])('refuses %j', (raw) => {
    expect(normalizePhone(raw)).toEqual({ ok: false });
  });
});
