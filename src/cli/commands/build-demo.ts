/** bangfu demo: build the demo database in the data directory, print its accounts, maybe serve it. */
import { SingleBar } from 'cli-progress';
import { programTimeZone, todayIn } from '../../domain/validation/dates.js';
import { AppError } from '../../domain/errors.js';
import { buildDemo, type DemoProgress, type DemoResult } from '../demo/build.js';
import { clearDatabase, targetState } from '../demo/target.js';
import { DEMO_PASSWORD } from '../demo/users.js';
import type { CliIo } from '../io.js';
import { describeTarget, migrate, openDatabase, readConfig } from '../runtime.js';
import { renderTable } from '../text-table.js';
import type { DemoArgs } from './demo-args.js';
import { runServer } from './serve-app.js';

const STEPS = 13;
const MAIN_COUNTS = [
  'villages',
  'households',
  'persons',
  'cadres',
  'pairings',
  'income_records',
  'users',
];
const QUIET_TABLES = new Set([...MAIN_COUNTS, 'audit_log', 'sessions', 'household_search']);

/** Steps as numbered lines on stderr, households as a bar when stderr is a terminal. */
function progressOn(io: CliIo): DemoProgress & { stop(): void } {
  let n = 0;
  let bar: SingleBar | null = null;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    step(key) {
      stop();
      n += 1;
      io.err(`[${n}/${STEPS}] ${io.say(key)}`);
    },
    households(done, total) {
      if (!bar) {
        bar = new SingleBar({ format: '  {bar} {value}/{total}', hideCursor: true });
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop,
  };
}

function report(io: CliIo, result: DemoResult): void {
  io.out(io.say('cli.demo_accounts', { password: DEMO_PASSWORD }));
  const header = ['username', 'role', 'name', 'purpose'].map((c) => io.say(`cli.column.${c}`));
  const rows = result.accounts.map((a) => [
    a.username,
    a.role,
    a.displayName,
    io.say(`cli.account.${a.username}`),
  ]);
  renderTable(header, rows).forEach((line) => io.out(`  ${line}`));
  io.out(io.say('cli.demo_summary'));
  const main = MAIN_COUNTS.map((t) => `${io.say(`cli.count.${t}`)} ${result.counts.get(t) ?? 0}`);
  io.out(`  ${main.join(' · ')}`);
  const others = [...result.counts]
    .filter(([t, count]) => count > 0 && !QUIET_TABLES.has(t))
    .map(([t, count]) => `${t} ${count}`);
  if (others.length > 0) {
    io.out(io.say('cli.demo_other_tables'));
    wrap(others, 96).forEach((line) => io.out(`  ${line}`));
  }
}

/** Join items with " · " into lines no wider than `width`. */
function wrap(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 3 > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} · ${item}` : item;
  }
  return line ? [...lines, line] : lines;
}

/** Build the demo (refusing to overwrite real data without --force), then serve it if asked. */
export async function buildDemoCommand(io: CliIo, args: DemoArgs): Promise<void> {
  const config = readConfig(io.env);
  const target = describeTarget(config);
  let handle = openDatabase(config);
  const progress = progressOn(io);
  try {
    const state = await targetState(handle);
    if (state === 'other' && !args.force) {
      throw new AppError('conflict', { key: 'cli.demo_refused', params: { target } });
    }
    if (state !== 'empty') {
      io.err(io.say('cli.demo_replacing', { target }));
      handle = await clearDatabase(config, handle);
    }
    await migrate(handle);
    const started = Date.now();
    const today = todayIn(programTimeZone());
    const result = await buildDemo(
      handle,
      { seed: args.seed, households: args.households, today, dataDir: config.dataDir },
      progress,
    );
    progress.stop();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    io.out(io.say('cli.demo_done', { seed: args.seed, seconds, target }));
    report(io, result);
  } catch (error) {
    progress.stop();
    await handle.close();
    throw error;
  }
  if (args.serve) {
    await runServer(io, config, handle);
    return;
  }
  await handle.close();
}
