/** Demo records of the activities feature: a year of realistic work shaped like the source article. */
import sharp from 'sharp';
import { parseDateTime } from '../../domain/activities/activity.rules.js';
import type { Measure } from '../../domain/measures.js';
import { insertLecturers } from '../../db/activity-lecturer.repository.js';
import { insertActivities, type ActivityRecord } from '../../db/activity.repository.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';
import { newId } from '../../db/ids.js';
import { loadSeedSources } from '../../db/activity-seed.repository.js';
import type { ActivityLecturersTable } from '../../db/tables/activities.js';
import { addPhoto } from '../../server/activities/photo.service.js';
import type { DemoContext } from './context.js';
import { addDays, chance, int, pick, type Random } from './random.js';

interface Member {
  readonly id: string;
  readonly householdId: string;
  readonly birthDate: string;
}
interface Team {
  readonly cadreId: string;
  readonly villageCode: string;
  readonly households: readonly string[];
}
interface World {
  readonly random: Random;
  /** The first and last day of the demo year. */
  readonly start: string;
  readonly end: string;
  readonly villages: readonly string[];
  readonly teams: readonly Team[];
  readonly members: ReadonlyMap<string, readonly Member[]>;
  readonly leadOf: ReadonlyMap<string, string>;
  readonly coordinator: string | null;
  readonly recorder: (cadreId: string | null) => string | null;
}
/** One activity to make: what the generators below decide. */
interface Plan {
  readonly measure: Measure;
  readonly typeCode: string;
  readonly day: number;
  readonly topic: string;
  readonly villageCode?: string | null;
  readonly householdId?: string | null;
  readonly online?: boolean;
  readonly organizer?: string | null;
  readonly lecturer?: string | null;
  readonly cadreIds?: readonly string[];
  readonly householdIds?: readonly string[];
  readonly persons?: readonly Member[];
  readonly extra?: number;
}

const VISIT_TOPICS = ['了解生产生活情况', '宣讲惠民政策', '帮助解决春耕困难', '了解孩子上学情况'];
const CLASS_TOPICS = ['惠民政策', '法律知识', '褐牛养殖技术', '就业信息', '国家通用语言'];
const LECTURE_TOPICS = ['惠民政策宣讲', '脱贫攻坚政策解读', '法律法规进农家', '感恩教育'];
const STORY = '结亲干部给结对亲戚家的孩子讲故事';
const ZHANYI = '石榴花开·我与亲戚共战疫';

async function loadWorld(db: Db, random: Random, today: string): Promise<World> {
  const sources = await loadSeedSources(db);
  const teams = new Map<string, { villageCode: string; households: string[] }>();
  for (const p of sources.pairings) {
    const team = teams.get(p.cadreId) ?? { villageCode: p.villageCode, households: [] };
    team.households.push(p.householdId);
    teams.set(p.cadreId, team);
  }
  const members = new Map<string, Member[]>();
  for (const p of sources.persons) {
    members.set(p.householdId, [...(members.get(p.householdId) ?? []), p]);
  }
  const coordinator = sources.users.find((u) => u.username === 'coordinator')?.id ?? null;
  const byCadre = new Map(sources.users.map((u) => [u.cadreId, u.id]));
  return {
    random,
    start: addDays(today, -365),
    end: addDays(today, -1),
    villages: sources.villages,
    teams: [...teams.entries()].map(([cadreId, t]) => ({ cadreId, ...t })),
    members,
    leadOf: new Map(sources.pairings.map((p) => [p.householdId, p.cadreId])),
    coordinator,
    recorder: (cadreId) => (cadreId ? (byCadre.get(cadreId) ?? coordinator) : coordinator),
  };
}

function toRecord(w: World, p: Plan): ActivityRecord {
  const date = addDays(w.start, Math.min(364, Math.max(0, p.day)));
  const time = `${String(int(w.random, 10, 19)).padStart(2, '0')}:${pick(w.random, ['00', '30'])}`;
  const occurredAt = parseDateTime(`${date}T${time}`) ?? `${date}T04:00:00.000Z`;
  const persons = p.persons ?? [];
  const householdIds = [
    ...new Set([...(p.householdIds ?? []), ...persons.map((m) => m.householdId)]),
  ];
  const recorded = new Date(Date.parse(occurredAt) + 3 * 3_600_000).toISOString();
  return {
    id: newId(),
    measure: p.measure,
    typeCode: p.typeCode,
    occurredAt,
    occurredOn: date,
    villageCode: p.villageCode ?? null,
    householdId: p.householdId ?? null,
    online: p.online ?? false,
    organizerCadreId: p.organizer ?? null,
    lecturerPersonId: p.lecturer ?? null,
    headcount: persons.length + (p.extra ?? 0),
    topic: p.topic,
    notes: '',
    cadreIds: (p.cadreIds ?? []).filter((c) => c !== p.organizer),
    householdIds,
    persons: persons.map((m) => ({ personId: m.id, householdId: m.householdId })),
    createdAt: recorded,
    createdBy: w.recorder(p.organizer ?? null),
    updatedAt: recorded,
    voidedAt: null,
    voidedBy: null,
    voidReason: null,
  };
}

/** A plan of one kind: the measure and type, the day of the demo year, the topic, and the rest. */
function plan(kind: `${Measure}/${string}`, day: number, topic: string, rest: Partial<Plan>): Plan {
  const [measure, typeCode] = kind.split('/') as [Measure, string];
  return { measure, typeCode, day, topic, ...rest };
}

/** Every cadre: a home visit about monthly, four micro-classrooms, and the online 战疫 activity. */
function cadreWork(w: World): Plan[] {
  const plans: Plan[] = [];
  for (const team of w.teams) {
    const base = { organizer: team.cadreId, villageCode: team.villageCode };
    for (let month = 0; month < 12; month += 1) {
      const home = team.households[(month * 7) % team.households.length] ?? '';
      const persons = (w.members.get(home) ?? []).slice(0, int(w.random, 1, 3));
      const kind = pick(w.random, ['relief', 'relief', 'education', 'epidemic'] as const);
      const day = month * 30 + int(w.random, 0, 27);
      const september = addDays(w.start, day).slice(5, 7) === '09';
      const topic = september ? STORY : pick(w.random, VISIT_TOPICS);
      plans.push(plan(`${kind}/home_visit`, day, topic, { ...base, householdId: home, persons }));
    }
    for (let i = 0; i < 4; i += 1) {
      const home = pick(w.random, team.households);
      const guests = team.households.filter((h) => h !== home && chance(w.random, 0.2));
      const persons = [home, ...guests].flatMap((h) => (w.members.get(h) ?? []).slice(0, 2));
      const topic = `微课堂：${pick(w.random, CLASS_TOPICS)}`;
      const rest = { ...base, householdId: home, persons, extra: int(w.random, 0, 6) };
      plans.push(plan('education/micro_classroom', i * 90 + int(w.random, 5, 80), topic, rest));
    }
    const reached = team.households.flatMap((h) => w.members.get(h) ?? []).length;
    const rest = { ...base, villageCode: null, online: true, householdIds: team.households };
    plans.push(
      plan('epidemic/online_activity', int(w.random, 40, 70), ZHANYI, { ...rest, extra: reached }),
    );
  }
  return plans;
}

/** Three trained relatives per village, each lecturing fellow villagers about monthly after training. */
function lecturerWork(w: World): { lecturers: ActivityLecturersTable[]; plans: Plan[] } {
  const lecturers: ActivityLecturersTable[] = [];
  const plans: Plan[] = [];
  const adultBorn = addDays(w.end, -20 * 365);
  for (const village of w.villages) {
    const homes = w.teams.filter((t) => t.villageCode === village).flatMap((t) => t.households);
    const heads = homes.map((h) => (w.members.get(h) ?? [])[0]);
    const adults = heads.filter((m): m is Member => !!m && m.birthDate < adultBorn);
    for (const person of adults.filter(() => chance(w.random, 0.5)).slice(0, 3)) {
      const trainedDay = int(w.random, 10, 60);
      const trainedOn = addDays(w.start, trainedDay);
      lecturers.push({
        ...{ id: newId(), person_id: person.id, household_id: person.householdId },
        ...{ trained_on: trainedOn, notes: '宣讲员培训班结业', created_by: w.coordinator },
        created_at: `${trainedOn}T10:00:00.000Z`,
      });
      const organizer = w.leadOf.get(person.householdId) ?? null;
      for (let day = trainedDay + int(w.random, 7, 30); day < 365; day += int(w.random, 25, 45)) {
        const rest = { villageCode: village, lecturer: person.id, organizer };
        const topic = pick(w.random, LECTURE_TOPICS);
        plans.push(
          plan('education/lecture', day, topic, { ...rest, extra: int(w.random, 15, 60) }),
        );
      }
    }
  }
  return { lecturers, plans };
}

/** Village events: [kind, times a year, topics, fewest and most people]. */
const VILLAGE_EVENTS: readonly [
  `${Measure}/${string}`,
  number,
  readonly string[],
  number,
  number,
][] = [
  ['education/lecture', 6, ['结亲干部集中宣讲惠民政策'], 30, 120],
  ['education/study_session', 10, ['组织集中学习', '组织观看教育影片'], 30, 120],
  ['education/cultural_event', 6, ['村民合唱团排练', '舞蹈队排练', '广场文艺演出'], 20, 80],
  ['education/competition', 2, ['村广场绘画比赛', '书法比赛'], 40, 150],
  ['epidemic/hygiene_campaign', 4, ['爱国卫生运动：清洁厨房、安全饮食', '人居环境整治'], 30, 100],
];

/** What a village does together, night school in the slack season (Nov–Mar), and online lectures. */
function villageWork(w: World): Plan[] {
  const plans: Plan[] = [];
  const slack = [...Array(365).keys()].filter(
    (d) => d % 14 === 0 && [11, 12, 1, 2, 3].includes(Number(addDays(w.start, d).slice(5, 7))),
  );
  for (const village of w.villages) {
    const cadres = w.teams.filter((t) => t.villageCode === village).map((t) => t.cadreId);
    const rest = () => ({
      villageCode: village,
      organizer: cadres.length > 0 ? pick(w.random, cadres) : null,
      cadreIds: cadres.filter(() => chance(w.random, 0.3)),
    });
    for (const [kind, count, topics, low, high] of VILLAGE_EVENTS) {
      for (let i = 0; i < count; i += 1) {
        const day = Math.floor((i * 365) / count) + int(w.random, 0, Math.floor(300 / count));
        const extra = int(w.random, low, high);
        plans.push(plan(kind, day, pick(w.random, topics), { ...rest(), extra }));
      }
    }
    for (const day of slack) {
      const extra = int(w.random, 20, 50);
      plans.push(
        plan('education/night_school', day, '农牧民夜校：国家通用语言', { ...rest(), extra }),
      );
    }
  }
  for (let i = 0; i < 6; i += 1) {
    const rest = { online: true, organizer: pick(w.random, w.teams).cadreId };
    const extra = int(w.random, 200, 600);
    plans.push(plan('epidemic/online_lecture', 45 + i * 9, '防疫知识云讲堂', { ...rest, extra }));
  }
  return plans;
}

const PHOTOS: readonly (readonly [string, string])[] = [
  ['home_visit', STORY],
  ['micro_classroom', '结亲干部在亲戚家中开设微课堂'],
  ['lecture', '宣讲员给村民宣讲惠民政策'],
  ['cultural_event', '村民合唱团排练'],
  ['competition', '村广场绘画比赛'],
  ['hygiene_campaign', '爱国卫生运动：清洁厨房'],
  ['night_school', '农牧民夜校开课'],
  ['study_session', '村民集中观看教育影片'],
];

/** A small picture (no text: fonts differ between machines) with the time it was taken. */
async function demoPicture(random: Random, takenAt: string): Promise<Buffer> {
  const [r, g, b] = [int(random, 60, 220), int(random, 60, 220), int(random, 60, 220)];
  const stamp = `${takenAt.slice(0, 10).replace(/-/g, ':')} ${takenAt.slice(11, 19)}`;
  return sharp({ create: { width: 160, height: 120, channels: 3, background: { r, g, b } } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="160" height="120"><circle cx="80" cy="60" r="${int(random, 20, 50)}" fill="#fff" fill-opacity="0.5"/></svg>`,
        ),
      },
    ])
    .jpeg({ quality: 70 })
    .withExif({ IFD0: { Make: 'bangfu-demo' }, IFD2: { DateTimeOriginal: stamp } })
    .toBuffer();
}

/** Photos with captions like the article's, through the photo service (processed, deduplicated). */
async function addPhotos(ctx: DemoContext, w: World, records: readonly ActivityRecord[]) {
  if (!w.coordinator) {
    return;
  }
  const actor = { userId: w.coordinator, role: 'coordinator' as const, cadreId: null };
  for (const [typeCode, text] of PHOTOS) {
    const fits = records.filter(
      (r) => r.typeCode === typeCode && (text !== STORY || r.topic === STORY),
    );
    const activity = fits.length > 0 ? pick(ctx.random, fits) : undefined;
    if (activity) {
      const caption = `${Number(activity.occurredOn.slice(5, 7))}月，${text}`;
      const bytes = await demoPicture(ctx.random, `${activity.occurredOn}T11:20:00`);
      const upload = { activityId: activity.id, bytes, caption };
      await addPhoto({ db: ctx.db, dataDir: ctx.dataDir }, actor, upload);
    }
  }
}

/** A year of activities, relative lecturers and a few photos, read from the registry demo. */
export async function seedActivities(ctx: DemoContext): Promise<void> {
  const world = await loadWorld(ctx.db, ctx.random, ctx.today);
  if (world.teams.length === 0) {
    return;
  }
  const taught = lecturerWork(world);
  const plans = [...cadreWork(world), ...taught.plans, ...villageWork(world)];
  const records = plans
    .map((p) => toRecord(world, p))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  await ctx.db.transaction().execute(async (tx) => {
    await insertLecturers(tx, taught.lecturers);
    await insertActivities(tx, records);
    const after = { activities: records.length, lecturers: taught.lecturers.length };
    const entityId = records[0]?.id ?? '';
    await appendAudit(tx, [
      { actor: null, action: 'create', entity: 'activity_batch', entityId, after },
    ]);
  });
  await addPhotos(ctx, world, records);
}
