/** Demo records of the assistance feature: a year of realistic work shaped like the source article. */
import { today as realToday } from '../../domain/common.schema.js';
import { AssistanceCreate } from '../../domain/assistance/assistance.schema.js';
import { FIVE_ONES_ITEMS } from '../../domain/assistance/enums.js';
import type { Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import { setItems } from '../../db/campaign-checklist.repository.js';
import { nowIso } from '../../db/ids.js';
import { recordAssistance } from '../../server/assistance/assistance.service.js';
import { createCampaign } from '../../server/assistance/campaign.service.js';
import type { DemoContext } from './context.js';

type Random = () => number;
interface Family {
  id: string;
  village: string;
  head: string;
  cadre: string | null;
}
interface Worker {
  id: string;
  household: string;
  village: string;
  disability: string;
}
interface World {
  ctx: DemoContext;
  actor: Actor;
  villages: { code: string; name: string }[];
  families: Family[];
  workers: Worker[];
  disabled: Worker[];
  items: Map<string, string>;
}

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const between = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const shuffled = <T>(r: Random, list: readonly T[]): T[] =>
  list
    .map((x) => ({ x, k: r() }))
    .sort((a, b) => a.k - b.k)
    .map((e) => e.x);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day between `from` and `to` days before the demo's today, never after the real today. */
function dayAgo(w: World, from: number, to: number): string {
  const day = addDays(w.ctx.today, -between(w.ctx.random, to, from));
  const now = realToday();
  return day > now ? now : day;
}

async function loadWorld(ctx: DemoContext): Promise<World | null> {
  const { db } = ctx;
  const user = await db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('role', 'in', ['coordinator', 'admin'])
    .orderBy('role', 'desc')
    .orderBy('username')
    .executeTakeFirst();
  if (!user) {
    return null;
  }
  const villages = await db
    .selectFrom('villages as v')
    .innerJoin('regions as r', 'r.code', 'v.code')
    .select(['v.code', 'r.name'])
    .orderBy('v.code')
    .execute();
  const families = await db
    .selectFrom('households as h')
    .leftJoin('pairings as p', (j) =>
      j.onRef('p.household_id', '=', 'h.id').on('p.end_date', 'is', null).on('p.role', '=', 'lead'),
    )
    .select(['h.id', 'h.village_code as village', 'h.head_name as head', 'p.cadre_id as cadre'])
    .orderBy('h.id')
    .execute();
  const adultsFrom = addDays(ctx.today, -50 * 365);
  const adultsTo = addDays(ctx.today, -18 * 365);
  const people = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select([
      'p.id',
      'p.household_id as household',
      'h.village_code as village',
      'p.disability',
      'p.labour_ability',
      'p.birth_date',
    ])
    .orderBy('p.id')
    .execute();
  const workers = people.filter(
    (p) => p.labour_ability === 'full' && p.birth_date >= adultsFrom && p.birth_date <= adultsTo,
  );
  const disabled = people.filter((p) => p.disability === 'physical');
  const items = await db.selectFrom('donation_items').select(['id', 'item_name']).execute();
  return {
    ctx,
    actor: {
      userId: user.id,
      role: user.role === 'admin' ? 'admin' : 'coordinator',
      cadreId: null,
    },
    villages,
    families,
    workers: shuffled(ctx.random, workers),
    disabled,
    items: new Map(items.map((i) => [i.item_name, i.id])),
  };
}

async function record(w: World, raws: readonly object[]): Promise<string[]> {
  const inputs = raws.map((raw) => AssistanceCreate.parse(raw));
  const ids: string[] = [];
  for (let i = 0; i < inputs.length; i += 200) {
    ids.push(...(await recordAssistance(w.ctx.db, w.actor, inputs.slice(i, i + 200))));
  }
  return ids;
}

const NEAR_HOME: readonly [string, string, number, number][] = [
  ['哈拉峻乡人民政府', '护林员', 1500, 1800],
  ['哈拉峻乡人民政府', '村级保洁员', 1500, 1800],
  ['哈拉峻乡人民政府', '护路员', 1600, 1900],
  ['阿图什市哈拉峻乡扶贫车间（服装加工）', '缝纫工', 1800, 2600],
  ['克州昆仑牧业有限公司屠宰加工厂', '分拣工', 2200, 2800],
  ['谢依提村灌溉饮水工程施工队', '施工员', 2800, 3500],
];
const AWAY: readonly [string, string, string, string, number, number][] = [
  ['east_west', 'out_of_region', '东莞市长安镇电子科技有限公司', '操作工', 4200, 5200],
  ['east_west', 'out_of_region', '广州市番禺区服装有限公司', '车缝工', 4000, 5000],
  ['paired_support', 'out_of_region', '江西南昌纺织有限公司', '纺织工', 3800, 4600],
  ['paired_support', 'in_region', '江西援疆阿图什产业园服装厂', '质检员', 2800, 3400],
  ['labour_cooperation', 'in_region', '乌鲁木齐市物业服务有限公司', '保安', 3000, 3800],
  ['labour_cooperation', 'in_region', '库尔勒市棉纺有限公司', '挡车工', 3200, 3900],
  ['labour_cooperation', 'out_of_region', '浙江义乌国际商贸城物流中心', '分拣员', 4300, 5200],
];

/** 30+ jobs near home (township government, factories, project works) and 40+ away. */
function jobs(w: World): object[] {
  const r = w.ctx.random;
  const cadreOf = new Map(w.families.map((f) => [f.id, f.cadre]));
  const near = w.workers.slice(0, 34).map((p) => {
    const [employer, jobTitle, lo, hi] = pick(r, NEAR_HOME);
    const start = dayAgo(w, 330, 30);
    const works = employer.includes('工程');
    return {
      kind: 'job',
      date: start,
      personId: p.id,
      employer,
      jobTitle,
      place: 'near_home',
      channel: 'other',
      startDate: start,
      endDate: works ? addDays(start, 150) : null,
      monthlyWageFen: between(r, lo, hi) * 100,
      arrangedByCadreId: cadreOf.get(p.household) ?? null,
    };
  });
  const away = w.workers.slice(34, 80).map((p) => {
    const [channel, place, employer, jobTitle, lo, hi] = pick(r, AWAY);
    const start = dayAgo(w, 300, 20);
    return {
      kind: 'job',
      date: start,
      personId: p.id,
      employer,
      jobTitle,
      place,
      channel,
      startDate: start,
      endDate: null,
      monthlyWageFen: between(r, lo, hi) * 100,
      notes: '组织外出务工，统一乘车前往',
    };
  });
  return [...near, ...away];
}

/** A prosthesis fitted for one disabled relative, and a few treatments. */
function medical(w: World): object[] {
  const r = w.ctx.random;
  const fitted = w.disabled[0] ?? w.workers[100];
  const treated = shuffled(r, w.workers.slice(100)).slice(0, 4);
  return [
    ...(fitted
      ? [
          {
            kind: 'medical',
            date: dayAgo(w, 240, 200),
            personId: fitted.id,
            medicalKind: 'prosthesis_or_device',
            provider: '乌鲁木齐假肢矫形康复中心',
            costFen: 1_860_000,
            paidBy: '自治区机关事务管理局协调，自治区残联补助',
            notes: '协调乌鲁木齐医疗机构，为残疾亲戚安装假肢',
          },
        ]
      : []),
    ...treated.map((p) => ({
      kind: 'medical',
      date: dayAgo(w, 330, 10),
      personId: p.id,
      medicalKind: 'treatment',
      provider: '克孜勒苏柯尔克孜自治州人民医院',
      costFen: between(r, 300, 1200) * 1000,
      paidBy: '城乡居民医保报销，单位帮扶干部捐助',
    })),
  ];
}

/** Free health checks in every village, by prefecture, with the people checked per village. */
function healthChecks(w: World): object[] {
  const byPrefecture = new Map<string, string[]>();
  for (const v of w.villages) {
    byPrefecture.set(v.code.slice(0, 4), [...(byPrefecture.get(v.code.slice(0, 4)) ?? []), v.code]);
  }
  return [...byPrefecture.values()].map((codes, i) => ({
    kind: 'health_check',
    date: dayAgo(w, 200 - i * 20, 190 - i * 20),
    provider: '乌鲁木齐医疗机构义诊队',
    villages: codes.map((villageCode) => ({
      villageCode,
      peopleChecked: between(w.ctx.random, 160, 420),
    })),
    notes: '为贫困村群众免费开展义务体检',
  }));
}

function line(w: World, name: string, quantity: number) {
  return { itemId: w.items.get(name) ?? '', quantity };
}

/** Masks and disinfectant to every village; winter supplies and school things to families. */
function donations(w: World): object[] {
  const r = w.ctx.random;
  const epidemic = [330, 150].map((ago) => ({
    kind: 'donation',
    date: dayAgo(w, ago, ago - 5),
    measure: 'epidemic',
    donor: '自治区机关事务管理局',
    recipients: w.villages.map((v) => ({
      villageCode: v.code,
      items: [
        line(w, '口罩', between(r, 20, 50) * 100),
        line(w, '消毒液', between(r, 60, 200)),
        line(w, '免洗洗手液', between(r, 40, 120)),
      ],
    })),
    notes: '捐赠防疫物资',
  }));
  const families = shuffled(r, w.families);
  const winter = w.villages.map((v) => ({
    kind: 'donation',
    date: dayAgo(w, 60, 30),
    donor: '自治区机关事务管理局干部职工',
    recipients: families
      .filter((f) => f.village === v.code)
      .slice(0, 12)
      .map((f) => ({
        householdId: f.id,
        items: [line(w, '面粉', 2), line(w, '食用油', 1), line(w, '大米', 1)],
      })),
  }));
  const school = {
    kind: 'donation',
    date: dayAgo(w, 90, 80),
    donor: '自治区机关事务管理局团委',
    recipients: families
      .slice(0, 60)
      .map((f) => ({ householdId: f.id, items: [line(w, '学习用品', between(r, 1, 3))] })),
    notes: '开学前送学习用品',
  };
  return [...epidemic, ...winter.filter((d) => d.recipients.length > 0), school];
}

/** The irrigation and drinking-water works of 谢依提村 (completed), and two smaller projects. */
function projects(w: World): object[] {
  const home = w.villages.find((v) => v.name === '谢依提村') ?? w.villages[0];
  const others = w.villages.filter((v) => v.code !== home?.code);
  const households = (code: string) =>
    w.families.filter((f) => f.village === code).map((f) => f.id);
  const start = dayAgo(w, 320, 300);
  const main = home && {
    kind: 'project',
    date: addDays(start, 120),
    villageCode: home.code,
    projectName: `${home.name}灌溉饮水工程`,
    category: 'irrigation',
    projectStatus: 'completed',
    startDate: start,
    endDate: addDays(start, 120),
    funds: [
      { source: '自治区机关事务管理局协调资金', amountFen: 80_000_000 },
      { source: '阿图什市水利局配套资金', amountFen: 35_000_000 },
      { source: '江西省对口援疆资金', amountFen: 45_000_000 },
    ],
    householdCount: households(home.code).length,
    householdIds: households(home.code),
    notes: '解决了村民祖祖辈辈发愁的灌溉、饮水问题',
  };
  const road = others[0] && {
    kind: 'project',
    date: dayAgo(w, 60, 40),
    villageCode: others[0].code,
    projectName: `${others[0].name}村道硬化`,
    category: 'road',
    projectStatus: 'building',
    startDate: dayAgo(w, 60, 40),
    funds: [{ source: '自治区机关事务管理局协调资金', amountFen: 26_000_000 }],
    householdCount: households(others[0].code).length,
    status: 'in_progress',
  };
  const water = others[others.length - 1];
  const well = water && {
    kind: 'project',
    date: addDays(w.ctx.today, 30),
    status: 'planned',
    villageCode: water.code,
    projectName: `${water.name}安全饮水改造`,
    category: 'drinking_water',
    projectStatus: 'planned',
    funds: [{ source: '喀什地区水利局', amountFen: 18_000_000 }],
  };
  return [main, road, well].filter((p) => !!p);
}

/** A loan to buy cattle and sheep for 阿山·托合托逊's family, and some more loans. */
function loans(w: World): object[] {
  const r = w.ctx.random;
  const asan =
    w.families.find((f) => f.head === '阿山·托合托逊') ??
    w.families.find((f) => f.head.startsWith('阿山·')) ??
    w.families[0];
  const more = shuffled(r, w.families).slice(0, 15);
  const loan = (f: Family, purpose: string, yuan: number, status: string) => ({
    kind: 'loan',
    date: dayAgo(w, 340, 20),
    householdId: f.id,
    lender: '阿图什市农村信用合作联社',
    amountFen: yuan * 100,
    purpose,
    termMonths: pick(r, [12, 24, 36]),
    loanStatus: status,
    arrangedByCadreId: f.cadre,
  });
  return [
    ...(asan
      ? [
          {
            ...loan(asan, '购买牛羊', 50_000, 'granted'),
            termMonths: 36,
            notes: '结亲干部帮助申请贷款购买牛羊',
          },
        ]
      : []),
    ...more.map((f) =>
      loan(
        f,
        pick(r, ['购买牛羊', '购买褐牛', '购置刺绣设备', '开办小餐馆']),
        between(r, 2, 8) * 10_000,
        pick(r, ['granted', 'granted', 'repaid', 'applied']),
      ),
    ),
  ];
}

const DEEDS = [
  '帮助修缮房屋',
  '协助秋收玉米',
  '帮助孩子办理入学手续',
  '代办城乡居民医保缴费',
  '帮助购买过冬煤炭',
  '帮助修理羊圈',
  '帮助联系农机收割',
  '陪同老人到乡卫生院就医',
  '帮助申请危房改造',
  '帮助开通网络学习账号',
  '帮助联系收购商出售牛羊',
];

/** Good deeds by each family's cadre across the year. */
function goodDeeds(w: World): object[] {
  const r = w.ctx.random;
  return shuffled(r, w.families)
    .slice(0, Math.min(300, w.families.length))
    .map((f) => ({
      kind: 'good_deed',
      date: dayAgo(w, 360, 1),
      householdId: f.id,
      description: pick(r, DEEDS),
      arrangedByCadreId: f.cadre,
    }));
}

/** The five-ones campaign with most items done within its weeks. */
async function fiveOnes(w: World): Promise<void> {
  const r = w.ctx.random;
  const start = dayAgo(w, 290, 290);
  const end = addDays(start, 75);
  const campaign = await createCampaign(w.ctx.db, w.actor, {
    title: '石榴花开·我与亲戚共战疫',
    startDate: start,
    endDate: end,
  });
  const lists = await w.ctx.db
    .selectFrom('campaign_checklists')
    .select('id')
    .where('campaign_id', '=', campaign.id)
    .orderBy('id')
    .execute();
  const notes: Record<string, string> = {
    micro_lecture: '在亲戚家讲惠民政策',
    epidemic_knowledge: '讲解勤洗手、多通风、戴口罩',
    good_deed: '帮助解决生活实际困难',
    relief_tip: '建议发展庭院经济和褐牛养殖',
    study_aid_gift: '给孩子送书包和文具',
  };
  const at = nowIso();
  await w.ctx.db.transaction().execute(async (tx) => {
    for (const item of FIVE_ONES_ITEMS) {
      const byDate = new Map<string, string[]>();
      for (const l of lists) {
        if (r() < 0.88) {
          const date = addDays(start, between(r, 0, 75));
          byDate.set(date, [...(byDate.get(date) ?? []), l.id]);
        }
      }
      for (const [date, ids] of byDate) {
        await setItems(tx, ids, item, {
          done: true,
          date: date > realToday() ? realToday() : date,
          note: notes[item] ?? '',
          activityId: null,
          assistanceId: null,
          updatedAt: at,
          updatedBy: w.actor.userId,
        });
      }
    }
    await appendAudit(tx, [
      {
        actor: w.actor,
        action: 'update',
        entity: 'campaign_items',
        entityId: campaign.id,
        after: { demo: true },
      },
    ]);
  });
}

/** Seed a year of assistance shaped like the article; deterministic for a seed and a day. */
export async function seedAssistance(ctx: DemoContext): Promise<void> {
  const w = await loadWorld(ctx);
  if (!w || w.villages.length === 0 || w.families.length === 0) {
    return;
  }
  await record(w, jobs(w));
  await record(w, medical(w));
  await record(w, healthChecks(w));
  await record(w, donations(w));
  await record(w, projects(w));
  await record(w, loans(w));
  await record(w, goodDeeds(w));
  await fiveOnes(w);
}
