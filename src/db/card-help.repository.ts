/**
 * The help given to many households in a period, newest first: the household timeline's kinds of
 * help (src/db/timeline.repository.ts) read for a whole chunk of households in one UNION query.
 */
import { sql, type RawBuilder } from 'kysely';
import type { CardHelpItem, CardHelpKind } from '../domain/cards/card.schema.js';
import type { Conn } from './connect.js';

/** Each branch selects (hid, kind, subtype, name_zh, name_en, id, date, measure, title). */
function branches(ids: RawBuilder<unknown>, from: string, to: string): RawBuilder<unknown>[] {
  return [
    sql`select x.hid as hid, 'activity' as kind, a.type_code as subtype, t.name_zh as name_zh,
        t.name_en as name_en, a.id as id, a.occurred_on as date, a.measure as measure,
        a.topic as title
      from (select id as aid, household_id as hid from activities where household_id in (${ids})
        union select activity_id, household_id from activity_households where household_id in (${ids})) x
      join activities a on a.id = x.aid
      left join activity_types t on t.code = a.type_code
      where a.voided_at is null and a.occurred_on between ${from} and ${to}`,
    sql`select x.hid, 'assistance', s.kind, null, null, s.id, s.date, s.measure,
        coalesce(j.employer, m.provider, l.purpose, g.description, p.project_name, d.donor, '')
      from (select assistance_id as sid, household_id as hid from assistance_beneficiaries
          where household_id in (${ids})
        union select assistance_id, recipient_household_id from assistance_donation_lines
          where recipient_household_id in (${ids})) x
      join assistance s on s.id = x.sid
      left join assistance_jobs j on j.assistance_id = s.id
      left join assistance_medical m on m.assistance_id = s.id
      left join assistance_loans l on l.assistance_id = s.id
      left join assistance_good_deeds g on g.assistance_id = s.id
      left join assistance_projects p on p.assistance_id = s.id
      left join assistance_donations d on d.assistance_id = s.id
      where s.voided_at is null and s.date between ${from} and ${to}`,
    sql`select se.household_id, 'student', se.stage, null, null, se.id, se.admitted_on, 'relief',
        se.school_name
      from student_enrollments se where se.household_id in (${ids}) and se.voided_at is null
        and se.admitted_on between ${from} and ${to}`,
    sql`select fg.household_id, 'grant', fg.semester, null, null, fg.id, fg.paid_on, 'relief',
        fg.person_name
      from fund_grants fg where fg.household_id in (${ids}) and fg.status = 'paid'
        and fg.paid_on between ${from} and ${to}`,
    sql`select e.household_id, 'training', c.skill, null, null, e.id, e.enrolled_on, 'training',
        c.title
      from training_enrollments e join training_courses c on c.id = e.course_id
      where e.household_id in (${ids}) and e.voided_at is null
        and e.enrolled_on between ${from} and ${to}`,
    sql`select cl.household_id, 'five_ones', ci.item, null, null, cl.id || ':' || ci.item,
        ci.done_on, 'epidemic', cp.title
      from campaign_items ci
      join campaign_checklists cl on cl.id = ci.checklist_id
      join campaigns cp on cp.id = cl.campaign_id
      where cl.household_id in (${ids}) and ci.done = 1
        and ci.done_on between ${from} and ${to}`,
  ];
}

interface Row {
  hid: string;
  kind: CardHelpKind;
  subtype: string;
  name_zh: string | null;
  name_en: string | null;
  id: string;
  date: string;
  measure: CardHelpItem['measure'];
  title: string | null;
}

/** Help given to each household between two dates (inclusive), newest first. */
export async function helpOf(
  db: Conn,
  householdIds: readonly string[],
  period: { from: string; to: string },
): Promise<Map<string, CardHelpItem[]>> {
  const help = new Map<string, CardHelpItem[]>();
  if (householdIds.length === 0) {
    return help;
  }
  const ids = sql.join(householdIds.map((id) => sql`${id}`));
  const union = sql.join(branches(ids, period.from, period.to), sql` union all `);
  const result = await sql<Row>`select * from (${union}) t
    order by t.hid, t.date desc, t.kind desc, t.id desc`.execute(db);
  for (const r of result.rows) {
    const item: CardHelpItem = {
      kind: r.kind,
      subtype: r.subtype,
      subtypeName: r.name_zh === null ? null : { 'zh-CN': r.name_zh, en: r.name_en ?? r.name_zh },
      date: r.date,
      measure: r.measure ?? null,
      title: r.title ?? '',
    };
    const list = help.get(r.hid);
    if (list) {
      list.push(item);
    } else {
      help.set(r.hid, [item]);
    }
  }
  return help;
}
