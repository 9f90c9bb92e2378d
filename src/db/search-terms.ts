/** Search terms for a person's name: the name, its parts, full pinyin, initials; and the ID tail. */
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, { full: string; initials: string }>();

function pinyinOf(part: string): { full: string; initials: string } {
  const hit = cache.get(part);
  if (hit) {
    return hit;
  }
  const syllables = pinyin(part, {
    toneType: 'none',
    type: 'array',
    v: true,
    nonZh: 'consecutive',
  }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''));
  const value = { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
  if (cache.size > 100_000) {
    cache.clear();
  }
  cache.set(part, value);
  return value;
}

/** Normalize what a user typed into the form terms are stored in. */
export function normalizeQuery(q: string): string {
  const compact = q.trim().replace(/[\s·•・．]/g, '');
  return /^[a-z0-9]+$/i.test(compact) ? compact.toLowerCase() : compact;
}

/** Whether a query is the tail of an ID number (4+ digits, maybe ending in X). */
export function isIdTail(q: string): boolean {
  return /^\d{3,17}[\dxX]$/.test(q);
}

/** The stored term for an ID tail search: '#' and the reversed number, so tails become prefixes. */
export function idTailTerm(tail: string): string {
  return `#${[...tail.toUpperCase()].reverse().join('')}`;
}

/** Every term under which a person can be found. */
export function termsForPerson(name: string, idNumber: string | null): string[] {
  const terms = new Set<string>();
  const parts = name.split('·').filter((p) => p.length > 0);
  const joined = parts.join('');
  terms.add(joined);
  const fulls: string[] = [];
  const initials: string[] = [];
  for (const part of parts) {
    terms.add(part);
    const py = pinyinOf(part);
    fulls.push(py.full);
    initials.push(py.initials);
    terms.add(py.full);
  }
  terms.add(fulls.join(''));
  terms.add(initials.join(''));
  if (idNumber) {
    terms.add(idTailTerm(idNumber));
  }
  terms.delete('');
  return [...terms];
}

/** The exclusive upper bound of a prefix range: the prefix with its last code point incremented. */
export function prefixUpperBound(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop() ?? '';
  return chars.join('') + String.fromCodePoint((last.codePointAt(0) ?? 0) + 1);
}
