/**
 * The bulk insert behind registration and the roster import: every value lands as given, the rows
 * of one call go in together or not at all, and on SQLite (one connection, driven directly through
 * prepared statements) it never slips into another caller's open transaction.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVillage, VILLAGE } from '../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../test/helpers/db.js';
import { insertColumns } from './bulk-insert.js';
import type { HouseholdsTable } from './database.js';

const INTEGERS = new Set(['member_count', 'exit_year']);

function household(id: string, overrides: Partial<HouseholdsTable> = {}): HouseholdsTable {
  return {
    id,
    village_code: VILLAGE,
    address: `${id}号`,
    phone: null,
    head_name: `户主${id}`,
    member_count: 3,
    status: 'poor',
    status_since: '2026-01-01',
    exit_year: null,
    created_at: '2026-11-29T00:00:00.000Z',
    updated_at: '2026-11-29T00:00:00.000Z',
    ...overrides,
  };
}

async function ids(handle: TestDb): Promise<string[]> {
  const rows = await handle.db.selectFrom('households').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

describe.each(dialects)('insertColumns on %s', (dialect) => {
  let handle: TestDb;

  beforeEach(async () => {
    handle = await openTestDb(dialect);
    await buildVillage(handle.db);
  });

  afterEach(async () => {
    await handle.dispose();
  });

  it('writes every row with its text, integers and nulls as given', async () => {
    const rows = [
      household('h1'),
      household('h2', { phone: '13900000000', exit_year: 2025, member_count: 1, status: 'exited' }),
    ];
    await insertColumns(handle.db, 'households', rows, INTEGERS);
    const back = await handle.db.selectFrom('households').selectAll().orderBy('id').execute();
    expect(back).toEqual(rows);
  });

  it('leaves none of the rows behind when one of them fails, outside a transaction', async () => {
    await insertColumns(handle.db, 'households', [household('h0')], INTEGERS);
    const rows = [household('h1'), household('h0'), household('h2')];
    await expect(insertColumns(handle.db, 'households', rows, INTEGERS)).rejects.toThrow();
    expect(await ids(handle)).toEqual(['h0']);
  });

  it('is undone with the transaction it ran in', async () => {
    await expect(
      handle.db.transaction().execute(async (tx) => {
        await insertColumns(tx, 'households', [household('h1'), household('h2')], INTEGERS);
        expect((await tx.selectFrom('households').select('id').execute()).length).toBe(2);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await ids(handle)).toEqual([]);
  });

  it('waits for another caller’s open transaction instead of writing inside it', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let opened: () => void = () => undefined;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const other = handle.db.transaction().execute(async (tx) => {
      await insertColumns(tx, 'households', [household('theirs')], INTEGERS);
      opened();
      await gate;
      throw new Error('they roll back');
    });
    await isOpen;
    const ours = insertColumns(handle.db, 'households', [household('ours')], INTEGERS);
    release();
    await expect(other).rejects.toThrow('they roll back');
    await ours;
    expect(await ids(handle)).toEqual(['ours']);
  });
});
