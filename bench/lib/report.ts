/** Printing search results as the Markdown table RESULTS.md uses. */
import type { Measured } from './measure.js';
import { percentiles } from './stats.js';

export type Row = Pick<Measured, 'name' | 'ours' | 'raw' | 'oursCpu' | 'rawCpu' | 'mismatches'>;

function ratio(ours: number, raw: number): number {
  return Math.round((ours / Math.max(raw, 0.001)) * 10) / 10;
}

/** One line of the table: wall-clock percentiles, ratios, and CPU medians. */
export function row(m: Row): string {
  const { ours, raw } = m;
  const cells = [
    m.name,
    ours.n,
    ours.p50,
    ours.p95,
    ours.p99,
    raw.p50,
    raw.p95,
    raw.p99,
    ratio(ours.p50, raw.p50),
    ratio(ours.p95, raw.p95),
    m.oursCpu.p50,
    m.rawCpu.p50,
  ];
  return `| ${cells.join(' | ')} |${m.mismatches ? ` ${m.mismatches} pages differ |` : ''}`;
}

/** The five kinds of search together: the mix the target is about. */
export function mix(measured: readonly Measured[]): Row {
  const kinds = measured.filter((m) =>
    /^search: (prefix2|fullname|pinyin|initials|idtail)$/.test(m.name),
  );
  return {
    name: '**search: mix of the five kinds**',
    ours: percentiles(kinds.flatMap((m) => m.oursMs)),
    raw: percentiles(kinds.flatMap((m) => m.rawMs)),
    oursCpu: percentiles(kinds.flatMap((m) => m.oursCpuMs)),
    rawCpu: percentiles(kinds.flatMap((m) => m.rawCpuMs)),
    mismatches: kinds.reduce((n, m) => n + m.mismatches, 0),
  };
}

export const TABLE_HEAD =
  '| request | n | ours p50 | ours p95 | ours p99 | raw p50 | raw p95 | raw p99 | ratio p50 | ratio p95 | ours CPU p50 | raw CPU p50 |\n' +
  '|---|---|---|---|---|---|---|---|---|---|---|---|';
