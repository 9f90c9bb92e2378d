/** One keyset query over every kind of record that names a household (UNION ALL, newest first). */
import { sql, type RawBuilder } from 'kysely';
import type { TimelineEntry, TimelineKind } from '../domain/timeline/timeline.schema.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';

/** Each branch selects (kind, subtype, id, date, measure, title, path) for household :h. */
function branches(h: string, withUnconsentedStories: boolean): RawBuilder<unknown>[] {
  return [
    sql`select 'activity' as kind, a.type_code as subtype, a.id as id, a.occurred_on as date,
        a.measure as measure, a.topic as title, '/api/v1/activities/' || a.id as path
      from activities a
      where a.voided_at is null and (a.household_id = ${h}
        or a.id in (select ah.activity_id from activity_households ah where ah.household_id = ${h}))`,
    sql`select 'assistance', s.kind, s.id, s.date, s.measure,
        coalesce(j.employer, m.provider, l.purpose, g.description, p.project_name, d.donor, ''),
        '/api/v1/assistance/' || s.id
      from assistance s
      left join assistance_jobs j on j.assistance_id = s.id
      left join assistance_medical m on m.assistance_id = s.id
      left join assistance_loans l on l.assistance_id = s.id
      left join assistance_good_deeds g on g.assistance_id = s.id
      left join assistance_projects p on p.assistance_id = s.id
      left join assistance_donations d on d.assistance_id = s.id
      where s.voided_at is null and s.id in (
        select b.assistance_id from assistance_beneficiaries b where b.household_id = ${h}
        union select dl.assistance_id from assistance_donation_lines dl where dl.recipient_household_id = ${h})`,
    sql`select 'student', se.stage, se.id, se.admitted_on, 'relief', se.school_name,
        '/api/v1/students/' || se.id
      from student_enrollments se where se.household_id = ${h} and se.voided_at is null`,
    sql`select 'grant', fg.semester, fg.id, fg.paid_on, 'relief', fg.person_name,
        '/api/v1/students/' || fg.person_id || '/grants'
      from fund_grants fg
      where fg.household_id = ${h} and fg.paid_on is not null and fg.status in ('paid', 'reversed')`,
    sql`select 'training', c.skill, e.id, e.enrolled_on, 'training', c.title, '/api/v1/enrollments/' || e.id
      from training_enrollments e join training_courses c on c.id = e.course_id
      where e.household_id = ${h} and e.voided_at is null`,
    sql`select 'follow_up', cast(f.month as text), f.id, f.followed_up_on, 'training',
        f.workplace || f.business_description, '/api/v1/enrollments/' || e.id
      from training_follow_ups f join training_enrollments e on e.id = f.enrollment_id
      where e.household_id = ${h} and f.voided_at is null and e.voided_at is null`,
    sql`select 'five_ones', ci.item, cl.id || ':' || ci.item, ci.done_on, 'epidemic', cp.title,
        '/api/v1/campaigns/' || cp.id
      from campaign_items ci
      join campaign_checklists cl on cl.id = ci.checklist_id
      join campaigns cp on cp.id = cl.campaign_id
      where cl.household_id = ${h} and ci.done = 1 and ci.done_on is not null`,
    sql`select 'cooperative', 'member', co.id, co.founded_on, 'industry', co.name,
        '/api/v1/cooperatives/' || co.id
      from cooperative_members cm join cooperatives co on co.id = cm.cooperative_id
      where cm.household_id = ${h} and co.voided_at is null`,
    sql`select 'story', case when st.consent_given = 1 then 'consented' else 'no_consent' end, st.id,
        st.said_on, null, st.quote, '/api/v1/stories/' || st.id
      from stories st where st.household_id = ${h} and st.voided_at is null
        and (st.consent_given = 1 or ${withUnconsentedStories ? 1 : 0} = 1)`,
    sql`select 'status', hs.status, hs.id, hs.effective_date, null, hs.reason,
        '/api/v1/households/' || hs.household_id
      from household_status_changes hs where hs.household_id = ${h}`,
    sql`select 'pairing_start', p.role, p.id, p.start_date, null, c.name, '/api/v1/pairings/' || p.id
      from pairings p join cadres c on c.id = p.cadre_id where p.household_id = ${h}`,
    sql`select 'pairing_end', p.role, p.id, p.end_date, null, c.name, '/api/v1/pairings/' || p.id
      from pairings p join cadres c on c.id = p.cadre_id
      where p.household_id = ${h} and p.end_date is not null`,
  ];
}

interface Row {
  kind: TimelineKind;
  subtype: string;
  id: string;
  date: string;
  measure: TimelineEntry['measure'];
  title: string | null;
  path: string;
}

/**
 * A keyset page of a household's timeline, ordered by (date desc, kind desc, id desc);
 * `withUnconsentedStories` only for those who may see stories without consent.
 */
export async function householdTimeline(
  db: Conn,
  householdId: string,
  query: {
    limit: number;
    cursor?: string | undefined;
    kind?: TimelineKind | undefined;
    withUnconsentedStories: boolean;
  },
): Promise<{ items: TimelineEntry[]; nextCursor: string | null }> {
  const union = sql.join(branches(householdId, query.withUnconsentedStories), sql` union all `);
  const conditions = [sql`t.date is not null`];
  if (query.kind) {
    conditions.push(sql`t.kind = ${query.kind}`);
  }
  if (query.cursor) {
    const [date, kind, id] = decodeCursor(query.cursor, 3).map(String);
    conditions.push(
      sql`(t.date < ${date} or (t.date = ${date} and (t.kind < ${kind} or (t.kind = ${kind} and t.id < ${id}))))`,
    );
  }
  const result = await sql<Row>`select * from (${union}) t
    where ${sql.join(conditions, sql` and `)}
    order by t.date desc, t.kind desc, t.id desc
    limit ${query.limit + 1}`.execute(db);
  const page = pageOf(result.rows, query.limit, (r) => [r.date, r.kind, r.id]);
  return {
    items: page.items.map((r) => ({ ...r, title: r.title ?? '', measure: r.measure ?? null })),
    nextCursor: page.nextCursor,
  };
}
