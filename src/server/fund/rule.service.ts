/** Grant rules: who qualifies and how much per semester; the periods of two rules never overlap. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type {
  GrantRule,
  RuleCreate,
  RuleListQuery,
  RulePatch,
} from '../../domain/fund/rule.schema.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import {
  findRule,
  insertRule,
  listRules,
  overlappingRule,
  updateRule,
} from '../../db/fund-rule.repository.js';
import { newId } from '../../db/ids.js';
import { assertCan } from '../registry/scope.js';
import { assertFundReader } from './access.js';
import type { FundDeps } from './fund-deps.js';

async function assertNoOverlap(db: Conn, rule: GrantRule): Promise<void> {
  const other = await overlappingRule(db, {
    from: rule.validFrom,
    to: rule.validTo,
    exceptId: rule.id,
  });
  if (other) {
    throw conflict('error.rule_overlap', { name: other.name });
  }
}

/** Create a rule. @throws AppError conflict error.rule_overlap */
export async function createRule(
  deps: FundDeps,
  actor: Actor,
  input: RuleCreate,
): Promise<GrantRule> {
  assertCan(actor, 'fund.manage');
  const at = deps.clock.now();
  const rule: GrantRule = {
    id: newId(),
    name: input.name,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    amounts: input.amounts,
    createdAt: at,
    createdBy: actor.userId,
    updatedAt: at,
  };
  await deps.db.transaction().execute(async (tx) => {
    await assertNoOverlap(tx, rule);
    await insertRule(tx, rule);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'grant_rule', entityId: rule.id, after: rule },
    ]);
  });
  return rule;
}

/** Correct a rule; runs already built keep the amounts they were built with. */
export async function correctRule(
  deps: FundDeps,
  actor: Actor,
  change: { id: string; patch: RulePatch },
): Promise<GrantRule> {
  assertCan(actor, 'fund.manage');
  return deps.db.transaction().execute(async (tx) => {
    const before = await findRule(tx, change.id);
    if (!before) {
      throw notFound('grant_rule');
    }
    const defined = Object.fromEntries(
      Object.entries(change.patch).filter(([, v]) => v !== undefined),
    ) as Partial<GrantRule>;
    const after: GrantRule = { ...before, ...defined, updatedAt: deps.clock.now() };
    if (after.validTo !== null && after.validTo < after.validFrom) {
      throw invalid([{ path: 'validTo', key: 'field.date_order' }]);
    }
    await assertNoOverlap(tx, after);
    await updateRule(tx, after);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'grant_rule', entityId: after.id, before, after },
    ]);
    return after;
  });
}

/** One rule. */
export async function readRule(deps: FundDeps, actor: Actor, id: string): Promise<GrantRule> {
  assertFundReader(actor);
  const rule = await findRule(deps.db, id);
  if (!rule) {
    throw notFound('grant_rule');
  }
  return rule;
}

/** A keyset page of rules. */
export async function listRulesFor(deps: FundDeps, actor: Actor, query: RuleListQuery) {
  assertFundReader(actor);
  return listRules(deps.db, query);
}
