/** What a result depends on: cores, versions, load, and what else was running on the machine. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { OUT_DIR } from './args.js';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly sqlite: string;
  readonly postgres: string | null;
}

/** Versions and size of the machine; PostgreSQL's version when a URL is given. */
export async function machine(pgUrl: string | null): Promise<Machine> {
  const memory = new Sqlite(':memory:');
  const sqlite = (memory.prepare('select sqlite_version() as v').get() as { v: string }).v;
  memory.close();
  let postgres: string | null = null;
  if (pgUrl) {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    postgres = String(
      (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]
        ?.v,
    );
    await client.end();
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    sqlite,
    postgres,
  };
}

/** The load average and the busiest other processes right now (from ps). */
export function currentLoad(): { loadavg: number[]; busy: string[] } {
  let busy: string[] = [];
  try {
    const out = execFileSync('ps', ['-eo', 'pcpu=,pid=,args=', '--sort=-pcpu'], {
      encoding: 'utf8',
    });
    busy = out
      .split('\n')
      .map((l) => l.trim())
      .filter(
        (l) => l && Number(l.split(/\s+/)[0]) >= 5 && Number(l.split(/\s+/)[1]) !== process.pid,
      )
      .slice(0, 6)
      .map((l) => l.slice(0, 120));
  } catch {
    busy = ['(ps not available)'];
  }
  return { loadavg: loadavg().map((x) => Math.round(x * 100) / 100), busy };
}

/** Append one result as a JSON line to bench/out/results.jsonl (RESULTS.md is written from it). */
export function recordResult(result: Record<string, unknown>): void {
  mkdirSync(OUT_DIR, { recursive: true });
  appendFileSync(
    join(OUT_DIR, 'results.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), ...result })}\n`,
  );
}
