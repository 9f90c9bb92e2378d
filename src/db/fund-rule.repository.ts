/** Grant rules with their amounts per stage. */
import { sql } from 'kysely';
import type { StudyStage } from '../domain/fund/enums.js';
import type { GrantRule, RuleListQuery } from '../domain/fund/rule.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';

/** Insert a rule and its amounts. */
export async function insertRule(db: Conn, rule: GrantRule): Promise<void> {
  await db
    .insertInto('grant_rules')
    .values({
      id: rule.id,
      name: rule.name,
      valid_from: rule.validFrom,
      valid_to: rule.validTo,
      created_at: rule.createdAt,
      created_by: rule.createdBy,
      updated_at: rule.updatedAt,
    })
    .execute();
  await insertAmounts(db, rule);
}

async function insertAmounts(db: Conn, rule: GrantRule): Promise<void> {
  await db
    .insertInto('grant_rule_amounts')
    .values(
      rule.amounts.map((a) => ({ rule_id: rule.id, stage: a.stage, amount_fen: a.amountFen })),
    )
    .execute();
}

/** Write a corrected rule; its amounts are replaced as a whole. */
export async function updateRule(db: Conn, rule: GrantRule): Promise<void> {
  await db
    .updateTable('grant_rules')
    .set({
      name: rule.name,
      valid_from: rule.validFrom,
      valid_to: rule.validTo,
      updated_at: rule.updatedAt,
    })
    .where('id', '=', rule.id)
    .execute();
  await db.deleteFrom('grant_rule_amounts').where('rule_id', '=', rule.id).execute();
  await insertAmounts(db, rule);
}

/** Rules with their amounts, in the order of `rows`: one query for all the amounts. */
async function withAmounts(
  db: Conn,
  rows: readonly {
    id: string;
    name: string;
    valid_from: string;
    valid_to: string | null;
    created_at: string;
    created_by: string | null;
    updated_at: string;
  }[],
): Promise<GrantRule[]> {
  if (rows.length === 0) {
    return [];
  }
  const amounts = await db
    .selectFrom('grant_rule_amounts')
    .selectAll()
    .where(
      'rule_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('rule_id')
    .orderBy('stage')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    amounts: amounts
      .filter((a) => a.rule_id === r.id)
      .map((a) => ({ stage: a.stage as StudyStage, amountFen: Number(a.amount_fen) })),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  }));
}

/** One rule, or undefined. */
export async function findRule(db: Conn, id: string): Promise<GrantRule | undefined> {
  const rows = await db.selectFrom('grant_rules').selectAll().where('id', '=', id).execute();
  return (await withAmounts(db, rows))[0];
}

/** The rule holding on a date, if any (rules never overlap). */
export async function ruleValidOn(db: Conn, date: string): Promise<GrantRule | undefined> {
  const rows = await db
    .selectFrom('grant_rules')
    .selectAll()
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', date)]))
    .orderBy('valid_from', 'desc')
    .limit(1)
    .execute();
  return (await withAmounts(db, rows))[0];
}

/** Another rule whose validity overlaps [from, to], if any. */
export async function overlappingRule(
  db: Conn,
  period: { from: string; to: string | null; exceptId: string },
): Promise<{ id: string; name: string } | undefined> {
  let q = db
    .selectFrom('grant_rules')
    .select(['id', 'name'])
    .where('id', '<>', period.exceptId)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', period.from)]));
  if (period.to !== null) {
    q = q.where('valid_from', '<=', period.to);
  }
  return q.executeTakeFirst();
}

/** A keyset page of rules, latest start first. */
export async function listRules(
  db: Conn,
  query: RuleListQuery,
): Promise<{ items: GrantRule[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('grant_rules')
    .selectAll()
    .orderBy('valid_from', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1);
  if (query.cursor) {
    const [from, id] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(valid_from, id) < (${from}, ${id})`);
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.valid_from, r.id]);
  return { items: await withAmounts(db, page.items), nextCursor: page.nextCursor };
}
