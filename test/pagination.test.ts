import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from './helpers/app.js';
import { buildHousehold, buildUser, buildVillage, householdInput } from './helpers/builders.js';
import { dialects, openTestDb, type TestDb } from './helpers/db.js';

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

const EXISTING = 23;
const PAGE = 5;

describe.each(dialects)('keyset pages of households on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let existing: string[];

  /** Walk every page of a list, registering a new matching household between two pages. */
  async function walk(query: string): Promise<{ seen: string[]; pages: number }> {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/households?limit=${PAGE}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await coordinator('GET', url);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<Page>();
      expect(page.items.length).toBeLessThanOrEqual(PAGE);
      seen.push(...page.items.map((h) => h.id));
      cursor = page.nextCursor;
      pages += 1;
      const created = await coordinator('POST', '/api/v1/households', householdInput());
      expect(created.statusCode, created.body).toBe(201);
    } while (cursor && pages < 100);
    return { seen, pages };
  }

  function expectEachOnce(seen: string[]): void {
    const counts = new Map<string, number>();
    for (const id of seen) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const duplicates = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    const missing = existing.filter((id) => !counts.has(id));
    expect({ duplicates, missing }).toEqual({ duplicates: [], missing: [] });
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    existing = [];
    for (let i = 0; i < EXISTING; i += 1) {
      existing.push(await buildHousehold(t.db));
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('returns every household exactly once while others are registered between pages', async () => {
    const { seen, pages } = await walk('');
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(EXISTING / PAGE));
    expectEachOnce(seen);
  });

  it('returns every matching household exactly once in a search, across pages', async () => {
    // Every household's head is 阿山…·托合托逊; only the second part of the name matches this.
    const { seen, pages } = await walk(`&q=${encodeURIComponent('托合托逊')}`);
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(EXISTING / PAGE));
    expectEachOnce(seen);
  });

  // A household found through several terms (its head's whole name and first part, a member's
  // part) must still come back once across all pages.
  it('returns every household exactly once when a search matches each through several terms', async () => {
    // 阿山 matches the head's whole name, the head's first part and the child 古丽·阿山 (a part).
    const { seen } = await walk(`&q=${encodeURIComponent('阿山')}`);
    expectEachOnce(seen);
  });
});
