/** Builders for the household card tests: a family with incomes, a cadre with a phone, help this year. */
import type { Db } from '../../src/db/connect.js';
import { newId } from '../../src/db/ids.js';
import { insertIncome } from '../../src/db/income.repository.js';
import { today } from '../../src/domain/common.schema.js';
import { buildActivity } from './activity-builders.js';
import { buildAssistance, inputs } from './assistance-builders.js';
import { buildCadre, buildHousehold, buildPairing, buildUnit } from './builders.js';

/** Count the pages of a PDF: page objects, not the /Pages tree. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** A cadre of the 办公室 unit with a phone number. */
export async function buildCadreWithPhone(db: Db, phone = '13912345678'): Promise<string> {
  const unitId = await buildUnit(db, '自治区机关事务管理局办公室');
  const cadreId = await buildCadre(db, { unitId, name: '鱼智栋' });
  await db.updateTable('cadres').set({ phone }).where('id', '=', cadreId).execute();
  return cadreId;
}

/**
 * A household paired with `cadreId`, with two years of income (2024: 10,000.00 元 for 2 people;
 * 2025: 12,000.01 元 for 2 people), a home visit today and a job placement today.
 */
export async function buildCardFamily(
  db: Db,
  cadreId: string,
  jobUser: string,
): Promise<{ householdId: string; headId: string }> {
  const householdId = await buildHousehold(db);
  await buildPairing(db, cadreId, householdId);
  await insertIncome(db, [
    {
      id: newId(),
      householdId,
      year: 2024,
      wagesFen: 1_000_000,
      productionFen: 0,
      propertyFen: 0,
      transferFen: 0,
      memberCount: 2,
    },
    {
      id: newId(),
      householdId,
      year: 2025,
      wagesFen: 900_000,
      productionFen: 300_001,
      propertyFen: 0,
      transferFen: 0,
      memberCount: 2,
    },
  ]);
  const head = await db
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', householdId)
    .where('relation', '=', 'head')
    .executeTakeFirstOrThrow();
  await buildActivity(db, {
    householdId,
    measure: 'education',
    typeCode: 'home_visit',
    topic: '入户宣讲惠民政策',
    occurredAt: `${today()}T00:05:00+08:00`,
  });
  await buildAssistance(db, jobUser, { ...inputs.job(head.id), date: today() });
  return { householdId, headId: head.id };
}
