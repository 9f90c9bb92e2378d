/** The kind-specific details of assistance records: one query per detail table of the kinds asked. */
import type {
  AssistanceCommon,
  AssistanceRecord,
} from '../domain/assistance/assistance-record.schema.js';
import type {
  AssistanceKind,
  JobChannel,
  JobPlace,
  LoanStatus,
  MedicalKind,
  ProjectCategory,
  ProjectStatus,
} from '../domain/assistance/enums.js';
import { loadDonations } from './assistance-donation.repository.js';
import type { Conn } from './connect.js';

type Common = keyof AssistanceCommon;
type Of<K extends AssistanceKind> = Extract<AssistanceRecord, { kind: K }>;
export type Detail =
  | Omit<Of<'job'>, Common | 'personId'>
  | Omit<Of<'medical'>, Common | 'personId'>
  | Omit<Of<'health_check'>, Common>
  | Omit<Of<'donation'>, Common>
  | Omit<Of<'project'>, Common | 'householdIds'>
  | Omit<Of<'loan'>, Common | 'householdId'>
  | Omit<Of<'good_deed'>, Common | 'householdId' | 'personId'>;
export type Details = Map<string, Detail>;

type Ids = readonly string[];

async function jobs(db: Conn, ids: Ids): Promise<[string, Detail][]> {
  const rows = await db
    .selectFrom('assistance_jobs')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  return rows.map((r) => [
    r.assistance_id,
    {
      kind: 'job',
      employer: r.employer,
      jobTitle: r.job_title,
      place: r.place as JobPlace,
      channel: r.channel as JobChannel,
      startDate: r.start_date,
      endDate: r.end_date,
      monthlyWageFen: Number(r.monthly_wage_fen),
    },
  ]);
}

async function medical(db: Conn, ids: Ids): Promise<[string, Detail][]> {
  const rows = await db
    .selectFrom('assistance_medical')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  return rows.map((r) => [
    r.assistance_id,
    {
      kind: 'medical',
      medicalKind: r.medical_kind as MedicalKind,
      provider: r.provider,
      costFen: Number(r.cost_fen),
      paidBy: r.paid_by,
    },
  ]);
}

async function healthChecks(db: Conn, ids: Ids): Promise<[string, Detail][]> {
  const heads = await db
    .selectFrom('assistance_health_checks')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  const villages = await db
    .selectFrom('assistance_health_check_villages as v')
    .innerJoin('regions as r', 'r.code', 'v.village_code')
    .select(['v.assistance_id', 'v.village_code', 'r.name', 'v.people_checked'])
    .where('v.assistance_id', 'in', ids)
    .orderBy('v.village_code')
    .execute();
  return heads.map((h) => {
    const own = villages
      .filter((v) => v.assistance_id === h.assistance_id)
      .map((v) => ({
        villageCode: v.village_code,
        villageName: v.name,
        peopleChecked: Number(v.people_checked),
      }));
    const peopleChecked = own.reduce((sum, v) => sum + v.peopleChecked, 0);
    return [
      h.assistance_id,
      { kind: 'health_check', provider: h.provider, villages: own, peopleChecked },
    ];
  });
}

async function projects(db: Conn, ids: Ids): Promise<[string, Detail][]> {
  const rows = await db
    .selectFrom('assistance_projects')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  const funds = await db
    .selectFrom('assistance_project_funds')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .orderBy('assistance_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => {
    const own = funds
      .filter((f) => f.assistance_id === r.assistance_id)
      .map((f) => ({ source: f.source, amountFen: Number(f.amount_fen) }));
    return [
      r.assistance_id,
      {
        kind: 'project',
        villageCode: r.village_code,
        projectName: r.project_name,
        category: r.category as ProjectCategory,
        projectStatus: r.project_status as ProjectStatus,
        startDate: r.start_date,
        endDate: r.end_date,
        funds: own,
        fundsTotalFen: own.reduce((sum, f) => sum + f.amountFen, 0),
        householdCount: r.household_count === null ? null : Number(r.household_count),
      },
    ];
  });
}

async function loans(db: Conn, ids: Ids): Promise<[string, Detail][]> {
  const rows = await db
    .selectFrom('assistance_loans')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  return rows.map((r) => [
    r.assistance_id,
    {
      kind: 'loan',
      lender: r.lender,
      amountFen: Number(r.amount_fen),
      purpose: r.purpose,
      termMonths: Number(r.term_months),
      loanStatus: r.loan_status as LoanStatus,
    },
  ]);
}

async function goodDeeds(db: Conn, ids: Ids): Promise<[string, Detail][]> {
  const rows = await db
    .selectFrom('assistance_good_deeds')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  return rows.map((r) => [r.assistance_id, { kind: 'good_deed', description: r.description }]);
}

const LOADERS: Readonly<
  Record<AssistanceKind, (db: Conn, ids: Ids) => Promise<[string, Detail][]>>
> = {
  job: jobs,
  medical,
  health_check: healthChecks,
  donation: loadDonations,
  project: projects,
  loan: loans,
  good_deed: goodDeeds,
};

/** The details of records of the given kinds, by record id. */
export async function loadDetails(
  db: Conn,
  ids: Ids,
  kinds: ReadonlySet<AssistanceKind>,
): Promise<Details> {
  const details: Details = new Map();
  for (const kind of kinds) {
    for (const [id, detail] of await LOADERS[kind](db, ids)) {
      details.set(id, detail);
    }
  }
  return details;
}
