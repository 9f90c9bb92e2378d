/** Assistance records: record (one or many), read, list, correct and void; scoped and audited. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import {
  createSchemaOf,
  type AssistanceCreate,
  type AssistanceListQuery,
  type AssistancePatch,
} from '../../domain/assistance/assistance.schema.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';
import { appendAudit } from '../../db/audit.repository.js';
import {
  insertAssistance,
  listAssistanceIds,
  replaceAssistance,
  voidAssistance,
} from '../../db/assistance.repository.js';
import { loadAssistance } from '../../db/assistance-read.repository.js';
import { pairedHouseholds } from '../../db/assistance-refs.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { assertCan, listScope } from '../registry/scope.js';
import { once, type RequestKey } from '../request-keys.js';
import { patchedInput } from './assistance-input.js';
import { householdsOfRecords, presentAssistance } from './assistance-presenter.js';
import { missingPeople, refProblems, resolveRefs } from './assistance-refs.js';
import {
  arrangedByFor,
  assertMayChange,
  assertMayRecord,
  visibleRecord,
} from './assistance-scope.js';

/** The households among these records that a cadre may see (null: the actor sees all). */
async function visibleSet(
  db: Conn,
  actor: Actor,
  records: readonly AssistanceRecord[],
): Promise<Set<string> | null> {
  const { cadreId } = listScope(actor);
  return cadreId ? pairedHouseholds(db, cadreId, householdsOfRecords(records)) : null;
}

/** Present records for the actor, asking once which families a cadre may see. */
export async function presentAll(db: Conn, actor: Actor, records: readonly AssistanceRecord[]) {
  const visible = await visibleSet(db, actor, records);
  return records.map((r) => presentAssistance(actor, r, visible));
}

/**
 * Record assistance in one transaction: the path of the API (one) and the demo (many).
 * @throws AppError forbidden | not_found (cadre scope) | validation (unknown references)
 */
export async function recordAssistance(
  db: Db,
  actor: Actor,
  inputs: readonly AssistanceCreate[],
  /** Called in the same transaction with the new ids (an idempotency key is remembered there). */
  inTransaction?: (tx: Conn, ids: readonly string[]) => Promise<void>,
): Promise<string[]> {
  assertCan(actor, 'assistance.write');
  const at = nowIso();
  return db.transaction().execute(async (tx) => {
    const refs = await resolveRefs(tx, inputs);
    await assertMayRecord(tx, actor, inputs, refs);
    const prefix = (i: number) => (inputs.length > 1 ? `${i}.` : '');
    const problems = inputs.flatMap((input, i) =>
      [...missingPeople(input, refs), ...refProblems(input, refs)].map((p) => ({
        ...p,
        path: `${prefix(i)}${p.path}`,
      })),
    );
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const items = inputs.map((input) => ({
      id: newId(),
      input,
      arrangedByCadreId: arrangedByFor(actor, input.arrangedByCadreId),
      createdBy: actor.userId,
      at,
    }));
    await insertAssistance(tx, items, refs.lookup);
    const records = await loadAssistance(
      tx,
      items.map((i) => i.id),
    );
    await appendAudit(
      tx,
      records.map((after) => ({
        actor,
        action: 'create' as const,
        entity: 'assistance',
        entityId: after.id,
        after,
      })),
    );
    const ids = items.map((i) => i.id);
    await inTransaction?.(tx, ids);
    return ids;
  });
}

/**
 * Record one and answer it as the actor may see it (the HTTP path), once per idempotency key: a
 * repeat of the same request answers with the first record (`replayed`).
 * @throws AppError (conflict when the key came with another body)
 */
export async function recordOneAssistance(
  db: Db,
  actor: Actor,
  input: AssistanceCreate,
  key: RequestKey | null = null,
) {
  assertCan(actor, 'assistance.write');
  const { id, replayed } = await once(db, actor, key, 'assistance', async (remember) => {
    const [made] = await recordAssistance(db, actor, [input], (tx, ids) =>
      remember(tx, ids[0] ?? ''),
    );
    return made ?? '';
  });
  const [record] = await presentAll(db, actor, await loadAssistance(db, [id]));
  if (!record) {
    throw notFound('assistance');
  }
  return { record, replayed };
}

/** One record as the actor may see it; reading health details is audited. */
export async function readAssistance(db: Db, actor: Actor, id: string, ip: string | null) {
  assertCan(actor, 'measures.read');
  const record = await visibleRecord(db, actor, id);
  if (record.kind === 'medical') {
    await appendAudit(db, [{ actor, action: 'read_full', entity: 'assistance', entityId: id, ip }]);
  }
  const [shown] = await presentAll(db, actor, [record]);
  return shown ?? record;
}

/** A keyset page of records, newest first. */
export async function listAssistance(db: Db, actor: Actor, query: AssistanceListQuery) {
  assertCan(actor, 'measures.read');
  const page = await listAssistanceIds(db, query, listScope(actor));
  const records = await loadAssistance(db, page.ids);
  return { items: await presentAll(db, actor, records), nextCursor: page.nextCursor };
}

function parseWhole(
  kind: AssistanceRecord['kind'],
  raw: Record<string, unknown>,
): AssistanceCreate {
  const result = createSchemaOf[kind].safeParse(raw, { reportInput: true });
  if (!result.success) {
    throw invalid(issuesToFields(result.error.issues));
  }
  return result.data;
}

function itemsOf(record: AssistanceRecord): Set<string> {
  return new Set(
    record.kind === 'donation'
      ? record.recipients.flatMap((r) => r.items.map((i) => i.itemId))
      : [],
  );
}

/**
 * Correct a record: the patch is laid over it and the whole is validated again; kind never changes.
 * @throws AppError not_found | forbidden | conflict (voided) | validation
 */
export async function correctAssistance(db: Db, actor: Actor, id: string, patch: AssistancePatch) {
  assertCan(actor, 'assistance.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleRecord(tx, actor, id);
    if (before.voidedAt) {
      throw conflict('error.assistance_voided');
    }
    await assertMayChange(tx, actor, before);
    if (patch.kind !== before.kind) {
      throw invalid([{ path: 'kind', key: 'field.kind_immutable' }]);
    }
    const input = parseWhole(before.kind, patchedInput(before, patch));
    const refs = await resolveRefs(tx, [input]);
    await assertMayRecord(tx, actor, [input], refs);
    const problems = [...missingPeople(input, refs), ...refProblems(input, refs, itemsOf(before))];
    if (problems.length > 0) {
      throw invalid(problems);
    }
    const arrangedByCadreId =
      patch.arrangedByCadreId === undefined
        ? before.arrangedByCadreId
        : arrangedByFor(actor, patch.arrangedByCadreId);
    const item = { id, input, arrangedByCadreId, createdBy: before.createdBy, at: nowIso() };
    await replaceAssistance(tx, item, refs.lookup);
    const [after] = await loadAssistance(tx, [id]);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'assistance', entityId: id, before, after },
    ]);
    const [shown] = await presentAll(tx, actor, after ? [after] : []);
    return shown ?? before;
  });
}

/** Void a record with a reason: it drops out of lists and stays in the audit trail. */
export async function voidAssistanceRecord(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'assistance.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleRecord(tx, actor, id);
    if (before.voidedAt) {
      throw conflict('error.assistance_voided');
    }
    await assertMayChange(tx, actor, before);
    await voidAssistance(tx, id, { at: nowIso(), by: actor.userId, reason });
    const [after] = await loadAssistance(tx, [id]);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'assistance', entityId: id, before, after },
    ]);
    const [shown] = await presentAll(tx, actor, after ? [after] : []);
    return shown ?? before;
  });
}
