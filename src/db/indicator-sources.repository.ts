/**
 * The definition of truth of every indicator: plain SQL over the record tables giving the rows
 * behind a figure (record, part, date, village, unit, household, breakdown key, value). The figure
 * is the sum of `value`; the drill-down lists the same rows. Voided records never count.
 */

/** One contribution row's columns, in order. */
function cols(
  kind: string,
  id: string,
  part: string,
  date: string,
  village: string,
  unit: string,
  household: string,
  dim: string,
  value: string,
): string {
  return `select '${kind}' as record_kind, ${id} as record_id, ${part} as part, ${date} as date,
    ${village} as village_code, ${unit} as unit_id, ${household} as household_id,
    ${dim} as dim_key, ${value} as value`;
}

const LIVE_A = `a.voided_at is null and a.status in ('in_progress', 'done')`;
const A_CADRE = 'left join cadres c on c.id = a.arranged_by_cadre_id';
const A_FIRST = 'join assistance_beneficiaries b on b.assistance_id = a.id and b.position = 0';
const A_UNIT = `coalesce(c.unit_id, '')`;

function assistanceBy(detail: string, kind: string, select: string, extra = ''): string {
  return `${select} from assistance a ${detail} ${A_CADRE}
    where a.kind = '${kind}' and ${LIVE_A} ${extra}`;
}

function personAssistance(dim: string, value: string): string {
  return cols(
    'assistance',
    'a.id',
    `''`,
    'a.date',
    'b.village_code',
    A_UNIT,
    'b.household_id',
    dim,
    value,
  );
}

const JOB = `join assistance_jobs j on j.assistance_id = a.id ${A_FIRST}`;
const MEDICAL = `join assistance_medical m on m.assistance_id = a.id ${A_FIRST}`;
const LOAN = `join assistance_loans lo on lo.assistance_id = a.id ${A_FIRST}`;

function activityBy(value: string, where: string): string {
  return `${cols('activity', 'ac.id', `''`, 'ac.occurred_on', `coalesce(ac.village_code, '')`, `coalesce(c.unit_id, '')`, 'ac.household_id', `''`, value)}
    from activities ac left join cadres c on c.id = ac.organizer_cadre_id
    where ac.voided_at is null and ${where}`;
}

const ENROLLMENT = `from training_enrollments e join training_courses co on co.id = e.course_id
  join households h on h.id = e.household_id`;
const LIVE_E = 'e.voided_at is null and co.voided_at is null';
const FOLLOW_UPS = `${ENROLLMENT} join training_follow_ups f on f.enrollment_id = e.id
  where ${LIVE_E} and f.voided_at is null and f.income_before_fen is not null
  and f.income_after_fen is not null`;

function enrollmentBy(date: string, where: string): string {
  return `${cols('enrollment', 'e.id', `''`, date, 'h.village_code', `''`, 'e.household_id', `''`, '1')}
    ${ENROLLMENT} where ${LIVE_E} ${where}`;
}

function followUp(value: string): string {
  return `${cols('follow_up', 'f.id', `''`, 'f.followed_up_on', 'h.village_code', `''`, 'e.household_id', `''`, value)} ${FOLLOW_UPS}`;
}

function grantBy(value: string): string {
  return `${cols('grant', 'g.id', `''`, 'g.paid_on', 'g.village_code', `''`, 'g.household_id', 'g.semester', value)}
    from fund_grants g where g.status = 'paid' and g.paid_on is not null`;
}

function saleBy(dim: string): string {
  return `${cols('sale', 's.id', `''`, 's.sale_date', `coalesce(s.village_code, '')`, `''`, 'null', dim, 's.revenue_fen')}
    from sales s where s.voided_at is null`;
}

/** Each summary fact id → the SQL of its contribution rows. */
export const RAW_SOURCES: Readonly<Record<string, string>> = {
  jobs_near_home: assistanceBy(
    JOB,
    'job',
    personAssistance('j.place', '1'),
    `and j.place = 'near_home'`,
  ),
  jobs_away: assistanceBy(
    JOB,
    'job',
    personAssistance('j.place', '1'),
    `and j.place <> 'near_home'`,
  ),
  medical_cases: assistanceBy(MEDICAL, 'medical', personAssistance('m.medical_kind', '1')),
  prostheses: assistanceBy(
    MEDICAL,
    'medical',
    personAssistance(`''`, '1'),
    `and m.medical_kind = 'prosthesis_or_device'`,
  ),
  health_check_people: assistanceBy(
    'join assistance_health_check_villages hc on hc.assistance_id = a.id',
    'health_check',
    cols(
      'assistance',
      'a.id',
      'hc.village_code',
      'a.date',
      'hc.village_code',
      A_UNIT,
      'null',
      `''`,
      'hc.people_checked',
    ),
  ),
  donated_items: assistanceBy(
    'join assistance_donation_lines l on l.assistance_id = a.id',
    'donation',
    cols(
      'assistance',
      'a.id',
      'cast(l.position as text)',
      'a.date',
      'l.recipient_village_code',
      A_UNIT,
      'l.recipient_household_id',
      'l.item_id',
      'l.quantity',
    ),
  ),
  project_funds: assistanceBy(
    'join assistance_projects p on p.assistance_id = a.id join assistance_project_funds f on f.assistance_id = a.id',
    'project',
    cols(
      'assistance',
      'a.id',
      'cast(f.position as text)',
      'a.date',
      'p.village_code',
      A_UNIT,
      'null',
      'p.category',
      'f.amount_fen',
    ),
  ),
  loans: assistanceBy(LOAN, 'loan', personAssistance(`''`, '1')),
  loan_amount: assistanceBy(LOAN, 'loan', personAssistance(`''`, 'lo.amount_fen')),
  micro_classrooms: activityBy('1', `ac.type_code = 'micro_classroom'`),
  micro_classroom_attendance: activityBy('ac.headcount', `ac.type_code = 'micro_classroom'`),
  lecturer_activities: activityBy('1', 'ac.lecturer_person_id is not null'),
  lecture_reach: activityBy('ac.headcount', 'ac.lecturer_person_id is not null'),
  epidemic_activities: activityBy('1', `ac.measure = 'epidemic'`),
  trainees: enrollmentBy('e.enrolled_on', ''),
  completions: enrollmentBy('e.completed_on', 'and e.completed = 1 and e.completed_on is not null'),
  trainees_exited: enrollmentBy('e.enrolled_on', `and h.status = 'exited'`),
  licences: `${cols('credential', 'cr.id', `''`, 'cr.issued_on', 'h.village_code', `''`, 'e.household_id', 'cr.kind', '1')}
    ${ENROLLMENT} join training_credentials cr on cr.enrollment_id = e.id where ${LIVE_E}`,
  training_income_followups: followUp('1'),
  training_income_gain: followUp('f.income_after_fen - f.income_before_fen'),
  students_paid: grantBy('1'),
  study_grants_amount: grantBy('g.amount_fen'),
  sales_revenue: saleBy('s.channel'),
  sales_by_buyer: saleBy(`coalesce(s.buyer_region, '')`),
  cooperatives: `${cols('cooperative', 'co.id', `''`, 'co.founded_on', 'co.village_code', `''`, 'null', `''`, '1')}
    from cooperatives co where co.voided_at is null`,
  certifications: `${cols('certification', 'ce.id', `''`, 'ce.valid_from', `coalesce(cp.village_code, '')`, `''`, 'null', 'ce.kind', '1')}
    from certifications ce left join cooperatives cp on cp.id = ce.cooperative_id
    where ce.voided_at is null`,
  collective_income: `${cols('collective_income', 'ci.id', `''`, `cast(ci.year as text) || '-12-31'`, 'ci.village_code', `''`, 'null', `''`, 'ci.amount_fen')}
    from collective_incomes ci where ci.voided_at is null`,
  households_exited: `${cols('status_change', 's.id', `''`, 's.effective_date', 'h.village_code', `''`, 's.household_id', `''`, '1')}
    from household_status_changes s join households h on h.id = s.household_id
    where s.status = 'exited'`,
  households: `${cols('household', 'h.id', `''`, `''`, 'h.village_code', `''`, 'h.id', `''`, '1')}
    from households h`,
  lead_households: `${cols('household', 'h.id', 'p.id', 'p.start_date', 'h.village_code', 'c.unit_id', 'h.id', `''`, '1')}
    from pairings p join households h on h.id = p.household_id join cadres c on c.id = p.cadre_id
    where p.end_date is null and p.role = 'lead'`,
  visit_last: `${cols('household', 'h.id', `''`, 'v.last_on', 'h.village_code', `''`, 'h.id', `''`, '1')}
    from households h join (
      select x.household_id, max(ac.occurred_on) as last_on from (
        select ah.household_id, ah.activity_id from activity_households ah
        union select ac2.household_id, ac2.id from activities ac2 where ac2.household_id is not null
      ) x join activities ac on ac.id = x.activity_id
      where ac.type_code = 'home_visit' and ac.voided_at is null
      group by x.household_id
    ) v on v.household_id = h.id`,
};
