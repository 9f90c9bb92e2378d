/** Small helpers over the demo's seeded random source, and date arithmetic on ISO dates. */

export type Random = () => number;

/** An integer in [min, max]. */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

/** True with probability p. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** One value of a table of [value, weight] pairs. */
export function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, w] of table) {
    roll -= w;
    if (roll < 0) {
      return value;
    }
  }
  const last = table[table.length - 1];
  if (!last) {
    throw new Error('weighted pick from an empty table');
  }
  return last[0];
}

/** An ISO date moved by a number of days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date in [from, to]. */
export function dateBetween(random: Random, from: string, to: string): string {
  return addDays(from, int(random, 0, Math.max(0, daysBetween(from, to))));
}

/** The date `years` whole years (and some days) before `today`: a birth date for an age. */
export function birthDateFor(random: Random, today: string, age: number): string {
  const year = Number(today.slice(0, 4)) - age - 1;
  const start = `${year}${today.slice(4)}`;
  return addDays(start, int(random, 1, 364));
}
