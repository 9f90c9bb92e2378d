import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../helpers/db.js';
import { differingTables, digestTables } from './demo-digest.js';
import { cliTarget, type CliTarget } from './demo-target.js';
import { runCli } from './run-cli.js';

/** Each run starts node and tsx and builds a database; on a busy machine that takes a while. */
const SLOW = { timeout: 300_000 };

describe.each(dialects)('bangfu demo over existing data on %s', (dialect) => {
  let target: CliTarget;

  beforeAll(async () => {
    target = await cliTarget(dialect);
  });
  afterAll(async () => {
    await target.dispose();
  });

  it('refuses to overwrite a database that is not a demo unless --force', SLOW, async () => {
    const add = ['user', 'add', '--username', 'alice', '--role', 'admin', '--name', '艾丽'];
    const added = await runCli([...add, '--password', 'Strong-passw0rd'], { env: target.env });
    expect(added.code, added.stderr).toBe(0);
    const refused = await runCli(['demo', '--households', '12'], { env: target.env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    const handle = target.open();
    const before = await handle.db.selectFrom('users').select('username').execute();
    expect(before.map((u) => u.username)).toEqual(['alice']);
    await handle.close();

    const forced = await runCli(['demo', '--households', '12', '--force'], { env: target.env });
    expect(forced.code, forced.stderr).toBe(0);
    const after = target.open();
    const users = await after.db.selectFrom('users').select('username').execute();
    expect(users.map((u) => u.username)).not.toContain('alice');
    expect(users).toHaveLength(9);
    await after.close();
  });
});

describe('bangfu demo seeds', () => {
  it('gives different data for a different seed', SLOW, async () => {
    const a = await cliTarget('sqlite');
    const b = await cliTarget('sqlite');
    for (const [t, seed] of [
      [a, '1'],
      [b, '2'],
    ] as const) {
      const res = await runCli(['demo', '--households', '12', '--seed', seed], { env: t.env });
      expect(res.code, res.stderr).toBe(0);
    }
    const [ha, hb] = [a.open(), b.open()];
    const diff = differingTables(await digestTables(ha), await digestTables(hb));
    expect(diff).toEqual(expect.arrayContaining(['households', 'persons', 'cadres']));
    expect(diff).not.toContain('regions');
    await ha.close();
    await hb.close();
  });

  it('rejects a household count below one per village, naming the option', SLOW, async () => {
    const t = await cliTarget('sqlite');
    const res = await runCli(['demo', '--households', '5'], {
      env: { ...t.env, LANG: 'en_US.UTF-8' },
    });
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('Error: Households: must be at least 12 (--households)');
  });
});
