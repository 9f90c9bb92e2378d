/** Put the planned households in the database: the bulk registration path, then status history. */
import type { Db } from '../../db/connect.js';
import { HouseholdCreate } from '../../domain/registry/household.schema.js';
import { registerHouseholds } from '../../server/registry/household.service.js';
import type { HouseholdPlan } from './households.js';
import { insertInBatches } from './tables.js';

const BATCH = 200;

export interface RegisteredHousehold {
  readonly id: string;
  readonly villageCode: string;
  readonly plan: HouseholdPlan;
  readonly input: HouseholdCreate;
}

/** Parse every plan with the domain schema and register them in batches; reports progress. */
export async function registerPlans(
  db: Db,
  plans: readonly HouseholdPlan[],
  onBatch: (done: number) => void,
): Promise<RegisteredHousehold[]> {
  const registered: RegisteredHousehold[] = [];
  for (let i = 0; i < plans.length; i += BATCH) {
    const batch = plans.slice(i, i + BATCH);
    const inputs = batch.map((plan) => HouseholdCreate.parse(plan.input));
    const ids = await registerHouseholds(db, null, inputs, { audit: 'summary' });
    batch.forEach((plan, j) => {
      const input = inputs[j];
      const id = ids[j];
      if (input && id) {
        registered.push({ id, villageCode: input.villageCode, plan, input });
      }
    });
    onBatch(registered.length);
  }
  return registered;
}

/** Insert the later status changes, then set each household's current status from its history. */
export async function recordStatusHistory(
  db: Db,
  households: readonly RegisteredHousehold[],
  recordedBy: string,
  ids: () => string,
): Promise<number> {
  const rows = households.flatMap((h) =>
    h.plan.changes.map((c) => ({
      id: ids(),
      household_id: h.id,
      status: c.status,
      effective_date: c.date,
      exit_year: c.exitYear,
      reason: c.reason,
      recorded_by: recordedBy,
      recorded_at: `${c.date}T03:00:00.000Z`,
    })),
  );
  await db.transaction().execute(async (tx) => {
    await insertInBatches({ db: tx }, 'household_status_changes', rows);
    await tx
      .updateTable('households')
      .set((eb) => {
        const latest = <C extends 'status' | 'effective_date' | 'exit_year'>(column: C) =>
          eb
            .selectFrom('household_status_changes as s')
            .select(`s.${column}`)
            .whereRef('s.household_id', '=', 'households.id')
            .orderBy('s.effective_date', 'desc')
            .orderBy('s.id', 'desc')
            .limit(1);
        return {
          status: latest('status'),
          status_since: latest('effective_date'),
          exit_year: latest('exit_year'),
        };
      })
      .execute();
  });
  return rows.length;
}
