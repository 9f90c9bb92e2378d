/** Personal names: trim, collapse spaces, and one middle dot (U+00B7) for every look-alike. */

/** Dots people type between the parts of Uyghur, Kyrgyz and other names. */
export const MIDDLE_DOT_VARIANTS = [
  '\u00B7',
  '\u2022',
  '\u30FB',
  '\uFF0E',
  '\u2027',
  '\u22C5',
  '\uFF65',
] as const;
export const MIDDLE_DOT = '\u00B7';

const DOT_PATTERN = new RegExp(`\\s*[${MIDDLE_DOT_VARIANTS.join('')}]\\s*`, 'g');

/** Normalize a person's name: one U+00B7 between parts, no stray spaces. */
export function normalizePersonName(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ').replace(DOT_PATTERN, MIDDLE_DOT);
}

/** What can be wrong with a name; each has a catalogue key `field.name_<problem>`. */
export const NAME_PROBLEMS = ['empty', 'too_long', 'bad_dot', 'bad_chars'] as const;
export type NameProblem = (typeof NAME_PROBLEMS)[number];

/** Check a normalized name; returns the problem or null. */
export function checkPersonName(name: string): NameProblem | null {
  if (name.length === 0) {
    return 'empty';
  }
  if (name.length > 50) {
    return 'too_long';
  }
  if (
    name.startsWith(MIDDLE_DOT) ||
    name.endsWith(MIDDLE_DOT) ||
    name.includes(MIDDLE_DOT + MIDDLE_DOT)
  ) {
    return 'bad_dot';
  }
  if (!/^[\p{Script=Han}\p{L}\p{M} ·'-]+$/u.test(name)) {
    return 'bad_chars';
  }
  return null;
}
