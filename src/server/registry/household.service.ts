/** Households: register (one or many), read with members and history, correct, change status. */
import { AppError, invalid, notFound, type FieldProblem } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import { isPairingScoped } from '../../domain/roles.js';
import { today } from '../../domain/common.schema.js';
import type {
  HouseholdCreate,
  HouseholdListQuery,
  HouseholdPatch,
  StatusChange,
} from '../../domain/registry/household.schema.js';
import { appendAudit, type AuditRecord } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import {
  findHousehold,
  insertHouseholds,
  listHouseholds,
  type HouseholdRow,
  type NewHousehold,
} from '../../db/household.repository.js';
import { newId, nowIso } from '../../db/ids.js';
import { listMembers, takenIdNumbers } from '../../db/person.repository.js';
import { auditPerson, presentPerson } from './presenters.js';
import { assertCan, listScope, visibleHousehold } from './scope.js';

/** Build the rows of one household; pure apart from ids and the clock. */
export function buildNewHousehold(
  input: HouseholdCreate,
  actor: Actor | null,
  at: string,
): NewHousehold {
  const id = newId();
  const head = input.members.find((m) => m.relation === 'head') ?? input.members[0];
  const since = input.statusDate ?? today();
  return {
    household: {
      id,
      village_code: input.villageCode,
      address: input.address,
      phone: input.phone ?? null,
      head_name: head?.name ?? '',
      member_count: input.members.length,
      status: input.status,
      status_since: since,
      exit_year: input.exitYear ?? null,
      created_at: at,
      updated_at: at,
    },
    persons: input.members.map((m) => ({
      id: newId(),
      household_id: id,
      name: m.name,
      sex: m.sex,
      birth_date: m.birthDate,
      id_number: m.idNumber ?? null,
      relation: m.relation,
      schooling: m.schooling,
      labour_ability: m.labourAbility,
      health: m.health,
      disability: m.disability,
      phone: m.phone ?? null,
      created_at: at,
      updated_at: at,
    })),
    status: {
      id: newId(),
      household_id: id,
      status: input.status,
      effective_date: since,
      exit_year: input.exitYear ?? null,
      reason: '',
      recorded_by: actor?.userId ?? null,
      recorded_at: at,
    },
  };
}

async function checkReferences(
  db: Conn,
  inputs: readonly HouseholdCreate[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const codes = [...new Set(inputs.map((i) => i.villageCode))];
  const known = new Set(
    (await db.selectFrom('villages').select('code').where('code', 'in', codes).execute()).map(
      (r) => r.code,
    ),
  );
  const ids = inputs.flatMap((i) =>
    i.members.map((m) => m.idNumber).filter((x): x is string => !!x),
  );
  const taken = ids.length > 0 ? await takenIdNumbers(db, ids) : new Set<string>();
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const prefix = inputs.length > 1 ? `${i}.` : '';
    if (!known.has(input.villageCode)) {
      problems.push({ path: `${prefix}villageCode`, key: 'field.unknown_village' });
    }
    input.members.forEach((m, j) => {
      if (m.idNumber && (taken.has(m.idNumber) || seen.has(m.idNumber))) {
        problems.push({ path: `${prefix}members.${j}.idNumber`, key: 'field.id_taken' });
      }
      if (m.idNumber) {
        seen.add(m.idNumber);
      }
    });
  });
  return problems;
}

/**
 * Register households with their members in one transaction: the bulk path used by the API,
 * the demo, imports and benchmarks. @throws AppError validation when a village is unknown or an
 * ID number is already registered; nothing is written then.
 */
export async function registerHouseholds(
  db: Db,
  actor: Actor | null,
  inputs: readonly HouseholdCreate[],
  options: { audit?: 'each' | 'summary' } = {},
): Promise<string[]> {
  const at = nowIso();
  const built = inputs.map((input) => buildNewHousehold(input, actor, at));
  await db.transaction().execute(async (tx) => {
    const problems = await checkReferences(tx, inputs);
    if (problems.length > 0) {
      throw invalid(problems);
    }
    await insertHouseholds(tx, built);
    const audit: AuditRecord[] =
      options.audit === 'summary'
        ? [
            {
              actor,
              action: 'create',
              entity: 'household_batch',
              entityId: built[0]?.household.id ?? '',
              after: { count: built.length },
            },
          ]
        : built.map((b) => ({
            actor,
            action: 'create' as const,
            entity: 'household',
            entityId: b.household.id,
            after: { ...b.household, members: b.persons.length },
          }));
    await appendAudit(tx, audit);
  });
  return built.map((b) => b.household.id);
}

/** Register one household (coordinators and admins). */
export async function registerHousehold(
  db: Db,
  actor: Actor,
  input: HouseholdCreate,
): Promise<string> {
  assertCan(actor, 'registry.write');
  if (isPairingScoped(actor.role)) {
    throw new AppError('forbidden');
  }
  const [id] = await registerHouseholds(db, actor, [input]);
  return id ?? '';
}

export function presentHousehold(actor: Actor, h: HouseholdRow) {
  const { matched: _m, ...rest } = h;
  return { ...rest, phone: actor.role === 'leader' ? null : h.phone };
}

/** A household with its members (masked), status history and pairings; the read is audited. */
export async function readHousehold(db: Db, actor: Actor, id: string, ip: string | null) {
  const household = await visibleHousehold(db, actor, id);
  const members = await listMembers(db, id);
  const history = await db
    .selectFrom('household_status_changes')
    .selectAll()
    .where('household_id', '=', id)
    .orderBy('effective_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  await appendAudit(db, [{ actor, action: 'read_full', entity: 'household', entityId: id, ip }]);
  return {
    ...presentHousehold(actor, household),
    members: members.map((m) => presentPerson(actor, m)),
    statusHistory: history.map((s) => ({
      id: s.id,
      status: s.status as HouseholdRow['status'],
      effectiveDate: s.effective_date,
      exitYear: s.exit_year === null ? null : Number(s.exit_year),
      reason: s.reason,
      recordedBy: s.recorded_by,
      recordedAt: s.recorded_at,
    })),
  };
}

export async function listHouseholdsFor(db: Db, actor: Actor, query: HouseholdListQuery) {
  assertCan(actor, 'registry.read');
  const page = await listHouseholds(db, query, listScope(actor));
  return {
    items: page.items.map((h) => ({ ...presentHousehold(actor, h), matched: h.matched })),
    nextCursor: page.nextCursor,
  };
}

/** Correct a household's address, phone or village. */
export async function correctHousehold(
  db: Db,
  actor: Actor,
  id: string,
  patch: HouseholdPatch,
): Promise<HouseholdRow> {
  assertCan(actor, 'registry.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleHousehold(tx, actor, id);
    if (patch.villageCode) {
      const village = await tx
        .selectFrom('villages')
        .select('code')
        .where('code', '=', patch.villageCode)
        .executeTakeFirst();
      if (!village) {
        throw invalid([{ path: 'villageCode', key: 'field.unknown_village' }]);
      }
      await tx
        .updateTable('household_search')
        .set({ village_code: patch.villageCode })
        .where('household_id', '=', id)
        .execute();
    }
    const at = nowIso();
    await tx
      .updateTable('households')
      .set({
        ...(patch.villageCode !== undefined ? { village_code: patch.villageCode } : {}),
        ...(patch.address !== undefined ? { address: patch.address } : {}),
        ...(patch.phone !== undefined ? { phone: patch.phone } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    const after = await findHousehold(tx, id);
    if (!after) {
      throw notFound('household');
    }
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'household', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Record a dated poverty-status change; the latest effective change is the current status. */
export async function changeHouseholdStatus(
  db: Db,
  actor: Actor,
  id: string,
  change: StatusChange,
): Promise<HouseholdRow> {
  assertCan(actor, 'registry.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleHousehold(tx, actor, id);
    const at = nowIso();
    await tx
      .insertInto('household_status_changes')
      .values({
        id: newId(),
        household_id: id,
        status: change.status,
        effective_date: change.effectiveDate,
        exit_year: change.status === 'exited' ? (change.exitYear ?? null) : null,
        reason: change.reason,
        recorded_by: actor.userId,
        recorded_at: at,
      })
      .execute();
    const latest = await tx
      .selectFrom('household_status_changes')
      .selectAll()
      .where('household_id', '=', id)
      .orderBy('effective_date', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('households')
      .set({
        status: latest.status,
        status_since: latest.effective_date,
        exit_year: latest.exit_year,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    const after = await findHousehold(tx, id);
    if (!after) {
      throw notFound('household');
    }
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'household',
        entityId: id,
        before,
        after: { ...after, change },
      },
    ]);
    return after;
  });
}

/** Remove a household registered in error: only without pairings or income records. */
export async function deleteHousehold(db: Db, actor: Actor, id: string): Promise<void> {
  assertCan(actor, 'registry.write');
  if (isPairingScoped(actor.role)) {
    throw new AppError('forbidden');
  }
  await db.transaction().execute(async (tx) => {
    const before = await visibleHousehold(tx, actor, id);
    const used =
      (await tx
        .selectFrom('pairings')
        .select('id')
        .where('household_id', '=', id)
        .executeTakeFirst()) ??
      (await tx
        .selectFrom('income_records')
        .select('id')
        .where('household_id', '=', id)
        .executeTakeFirst());
    if (used) {
      throw new AppError('conflict', { key: 'error.in_use' });
    }
    const members = await listMembers(tx, id);
    await tx.deleteFrom('household_search').where('household_id', '=', id).execute();
    await tx.deleteFrom('persons').where('household_id', '=', id).execute();
    await tx.deleteFrom('household_status_changes').where('household_id', '=', id).execute();
    await tx.deleteFrom('households').where('id', '=', id).execute();
    await appendAudit(tx, [
      {
        actor,
        action: 'delete',
        entity: 'household',
        entityId: id,
        before: { ...before, members: members.map(auditPerson) },
      },
    ]);
  });
}
