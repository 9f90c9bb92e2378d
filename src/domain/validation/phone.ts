/** Mainland China phone numbers: mobiles (1[3-9]x, 11 digits) and landlines (0 + area code + number). */

export type PhoneKind = 'mobile' | 'landline';

/** Normalize a phone number: drop spaces, dashes and a +86/0086 prefix; keep one dash in landlines. */
export function normalizePhone(
  raw: string,
): { ok: true; value: string; kind: PhoneKind } | { ok: false } {
  const compact = raw.replace(/[\s()（）]/g, '').replace(/^(\+86|0086)-?/, '');
  const digits = compact.replace(/-/g, '');
  if (/^1[3-9]\d{9}$/.test(digits)) {
    return { ok: true, value: digits, kind: 'mobile' };
  }
  // Area codes: 010 and 02x have three digits, every other (03x–09x) has four.
  const landline = /^(010|02\d|0[3-9]\d{2})-?(\d{7,8})$/.exec(compact);
  if (landline && landline[1] && landline[2]) {
    return { ok: true, value: `${landline[1]}-${landline[2]}`, kind: 'landline' };
  }
  return { ok: false };
}
