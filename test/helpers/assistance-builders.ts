/** Builders for the assistance and campaign tests: paired families, inputs of every kind, audit rows. */
import type { Db } from '../../src/db/connect.js';
import type { Actor } from '../../src/domain/roles.js';
import type { AssistanceCreate } from '../../src/domain/assistance/assistance.schema.js';
import { AssistanceCreate as AssistanceCreateSchema } from '../../src/domain/assistance/assistance.schema.js';
import { recordAssistance } from '../../src/server/assistance/assistance.service.js';
import { buildCadre, buildHousehold, buildPairing, buildUser, VILLAGE } from './builders.js';

/** The seeded donation items (fixed ids from the assistance migration). */
export const MASKS = '01900000-0000-7000-8000-000000000001';
export const DISINFECTANT = '01900000-0000-7000-8000-000000000002';

/** A household with its persons' ids (head first). */
export async function buildFamily(
  db: Db,
  villageCode = VILLAGE,
): Promise<{ householdId: string; headId: string; childId: string }> {
  const householdId = await buildHousehold(db, { villageCode });
  const persons = await db
    .selectFrom('persons')
    .select(['id', 'relation'])
    .where('household_id', '=', householdId)
    .execute();
  const head = persons.find((p) => p.relation === 'head');
  const child = persons.find((p) => p.relation !== 'head');
  return { householdId, headId: head?.id ?? '', childId: child?.id ?? '' };
}

/** A cadre paired with a new family, and the cadre's username. */
export async function buildPairedCadre(db: Db, unitId?: string) {
  const cadreId = await buildCadre(db, unitId ? { unitId } : {});
  const family = await buildFamily(db);
  const pairingId = await buildPairing(db, cadreId, family.householdId);
  const username = await buildUser(db, 'cadre', { cadreId });
  return { cadreId, pairingId, username, ...family };
}

/** The actor of a user, for calling services directly. */
export async function actorOf(db: Db, username: string): Promise<Actor> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'role', 'cadre_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return { userId: user.id, role: user.role as Actor['role'], cadreId: user.cadre_id };
}

/** Raw (unparsed) inputs of every kind, as a client would send them. */
export const inputs = {
  job: (personId: string) => ({
    kind: 'job',
    date: '2026-03-01',
    personId,
    employer: '哈拉峻乡人民政府',
    jobTitle: '护林员',
    place: 'near_home',
    channel: 'other',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
    monthlyWageFen: 180_000,
  }),
  medical: (personId: string) => ({
    kind: 'medical',
    date: '2026-04-10',
    personId,
    medicalKind: 'prosthesis_or_device',
    provider: '自治区假肢矫形康复中心',
    costFen: 1_800_000,
    paidBy: '残联补助',
  }),
  healthCheck: (villageCode: string) => ({
    kind: 'health_check',
    date: '2026-05-20',
    provider: '乌鲁木齐医疗机构义诊队',
    villages: [{ villageCode, peopleChecked: 312 }],
  }),
  donationToHouseholds: (householdIds: string[]) => ({
    kind: 'donation',
    date: '2026-02-15',
    measure: 'epidemic',
    donor: '自治区机关事务管理局',
    recipients: householdIds.map((householdId) => ({
      householdId,
      items: [
        { itemId: MASKS, quantity: 50 },
        { itemId: DISINFECTANT, quantity: 2 },
      ],
    })),
  }),
  donationToVillage: (villageCode: string) => ({
    kind: 'donation',
    date: '2026-02-16',
    measure: 'epidemic',
    donor: '自治区机关事务管理局',
    recipients: [{ villageCode, items: [{ itemId: MASKS, quantity: 3000 }] }],
  }),
  project: (villageCode: string, householdIds: string[] = []) => ({
    kind: 'project',
    date: '2026-06-30',
    villageCode,
    projectName: '谢依提村灌溉饮水工程',
    category: 'irrigation',
    projectStatus: 'completed',
    startDate: '2026-03-15',
    endDate: '2026-06-30',
    funds: [
      { source: '自治区机关事务管理局协调资金', amountFen: 80_000_000 },
      { source: '援疆资金', amountFen: 40_000_000 },
    ],
    householdCount: 120,
    householdIds,
  }),
  loan: (householdId: string) => ({
    kind: 'loan',
    date: '2026-04-02',
    householdId,
    lender: '阿图什市农村信用合作联社',
    amountFen: 5_000_000,
    purpose: '购买牛羊',
    termMonths: 36,
    loanStatus: 'granted',
  }),
  goodDeed: (householdId: string) => ({
    kind: 'good_deed',
    date: '2026-08-12',
    householdId,
    description: '帮助修缮羊圈',
  }),
} as const;

/** Record one assistance record through the service, as the given user. */
export async function buildAssistance(db: Db, username: string, raw: unknown): Promise<string> {
  const input: AssistanceCreate = AssistanceCreateSchema.parse(raw);
  const [id] = await recordAssistance(db, await actorOf(db, username), [input]);
  return id ?? '';
}
