/** Dialect helpers for the set-based record generator: number sequences, ids, hashes, dates. */
import type { Dialect } from '../../src/db/connect.js';

export interface Gen {
  readonly dialect: Dialect;
  readonly seed: number;
}

/** A derived table `s(i)` of 0 … n-1 (bigint on PostgreSQL). */
export function seq(g: Gen, n: number): string {
  return g.dialect === 'sqlite'
    ? `(with recursive s(i) as (select 0 union all select i + 1 from s where i < ${n - 1}) select i from s)`
    : `(select generate_series(0::bigint, ${n - 1}::bigint) as i)`;
}

/** A UUID-shaped id unique per table tag and number (valid for the API's id pattern). */
export function id(g: Gen, tag: number, expr: string): string {
  return g.dialect === 'sqlite'
    ? `printf('01950000-%04x-7000-8000-%012x', ${tag}, ${expr})`
    : `'01950000-' || lpad(to_hex(${tag}), 4, '0') || '-7000-8000-' || lpad(to_hex(${expr}), 12, '0')`;
}

/** A seeded pseudo-random integer in [0, m) from the row number expression (default `i`). */
export function rnd(g: Gen, k: number, m: number, expr = 'i'): string {
  return `(((((${expr}) + ${k * 7919 + g.seed * 104_729}) * 2654435761) % 4294967291) % ${m})`;
}

/** The ISO date `days` (an expression) after a start date. */
export function dayAfter(g: Gen, start: string, days: string): string {
  return g.dialect === 'sqlite'
    ? `date('${start}', '+' || (${days}) || ' days')`
    : `to_char(date '${start}' + (${days})::int, 'YYYY-MM-DD')`;
}

/** Text of an integer expression. */
export function text(expr: string): string {
  return `cast(${expr} as text)`;
}

/** Pick one of the literals by an index expression. */
export function choose(index: string, values: readonly string[]): string {
  return `case ${index} ${values.map((v, i) => `when ${i} then '${v}'`).join(' ')} end`;
}
