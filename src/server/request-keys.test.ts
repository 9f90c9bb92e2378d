/** The race of two requests with one idempotency key, made to happen on purpose. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../domain/roles.js';
import { actorOf } from '../../test/helpers/assistance-builders.js';
import { buildUser } from '../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../test/helpers/db.js';
import { once, requestKeyOf, type Remember } from './request-keys.js';

describe.each(dialects)('a key claimed by a twin request meanwhile, on %s', (dialect) => {
  let t: TestDb;
  let actor: Actor;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    actor = await actorOf(t.db, await buildUser(t.db, 'cadre'));
  });

  afterAll(async () => {
    await t.dispose();
  });

  /** A create that only remembers its key with a made-up record id. */
  const make = (id: string) => (remember: Remember) =>
    t.db.transaction().execute(async (tx) => {
      await remember(tx, id);
      return id;
    });

  it('loses to the twin that committed first and answers with its record', async () => {
    const key = requestKeyOf('twin-race-key-0000000001', { topic: '走访' });
    let madeHere = false;
    const answer = await once(t.db, actor, key, 'activity', async (remember) => {
      // The twin arrives after this request looked for the key and commits before it.
      const twin = await once(t.db, actor, key, 'activity', make('made-by-twin'));
      expect(twin).toEqual({ id: 'made-by-twin', replayed: false });
      const id = await make('made-here')(remember);
      madeHere = true;
      return id;
    });
    expect(madeHere).toBe(false);
    expect(answer).toEqual({ id: 'made-by-twin', replayed: true });
    const rows = await t.db.selectFrom('request_keys').select('entity_id').execute();
    expect(rows).toEqual([{ entity_id: 'made-by-twin' }]);
  });

  it('passes on other errors of the create untouched', async () => {
    const key = requestKeyOf('other-error-key-00000001', { topic: '走访' });
    await expect(
      once(t.db, actor, key, 'activity', () => Promise.reject(new Error('家访记录写入失败'))),
    ).rejects.toThrow('家访记录写入失败');
    const rows = await t.db
      .selectFrom('request_keys')
      .select('key')
      .where('key', '=', 'other-error-key-00000001')
      .execute();
    expect(rows).toEqual([]);
  });
});
