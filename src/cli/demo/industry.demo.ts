/** Demo records of the industry feature: a year of realistic work shaped like the source article. */
import type { Db } from '../../db/connect.js';
import { newId } from '../../db/ids.js';
import { insertCollectiveIncomes } from '../../db/industry-income.repository.js';
import { insertCooperatives } from '../../db/industry-cooperative.repository.js';
import { insertCertifications, insertProducts } from '../../db/industry-product.repository.js';
import { insertSales } from '../../db/industry-sale.repository.js';
import { insertTourismProjects } from '../../db/industry-tourism.repository.js';
import { insertStories } from '../../db/story.repository.js';
import type {
  CertificationsTable,
  CooperativesTable,
  ProductsTable,
  SalesTable,
  StoriesTable,
  StoryLinksTable,
} from '../../db/tables/industry.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { findUserByUsername } from '../../db/user.repository.js';
import type { SaleChannel } from '../../domain/industry/enums.js';
import type { Actor } from '../../domain/roles.js';
import { correctPerson } from '../../server/registry/person.service.js';
import type { DemoContext } from './context.js';
import { addDays, int, pick, type Random } from './random.js';

const HOME_VILLAGE = '谢依提村';
const GUANGDONG = ['广东', '440000000000'] as const;

interface Place {
  readonly code: string;
  readonly name: string;
}
interface Member {
  readonly id: string;
  readonly householdId: string;
  readonly villageCode: string;
  readonly name: string;
  readonly sex: string;
  readonly relation: string;
  readonly age: number;
}
type Row<T> = Omit<T, keyof ReturnType<typeof newRecordColumns>>;
interface Coop {
  readonly row: Row<CooperativesTable>;
  readonly members: readonly string[];
  readonly products: readonly string[];
}

function stamp(date: string): string {
  return `${date}T04:00:00.000Z`;
}

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

async function actorNamed(db: Db, username: string): Promise<Actor | null> {
  const user = await findUserByUsername(db, username);
  return user ? { userId: user.id, role: user.role, cadreId: user.cadreId } : null;
}

/** The villages taken on, the article's village first. */
async function loadPlaces(db: Db): Promise<Place[]> {
  const rows = await db
    .selectFrom('villages as v')
    .innerJoin('regions as r', 'r.code', 'v.code')
    .select(['v.code', 'r.name'])
    .where('v.taken_on', '=', 1)
    .orderBy('v.code')
    .execute();
  return [
    ...rows.filter((v) => v.name === HOME_VILLAGE),
    ...rows.filter((v) => v.name !== HOME_VILLAGE),
  ];
}

/** Every household member, in an order that does not depend on generated ids. */
async function loadMembers(db: Db, today: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select([
      'p.id',
      'p.household_id',
      'h.village_code',
      'p.name',
      'p.sex',
      'p.relation',
      'p.birth_date',
    ])
    .orderBy('h.village_code')
    .orderBy('h.address')
    .orderBy('p.birth_date')
    .orderBy('p.name')
    .execute();
  const year = Number(today.slice(0, 4));
  return rows.map((r) => ({
    id: r.id,
    householdId: r.household_id,
    villageCode: r.village_code,
    name: r.name,
    sex: r.sex,
    relation: r.relation,
    age: year - Number(r.birth_date.slice(0, 4)),
  }));
}

const PRODUCTS: readonly (readonly [string, string, string, string])[] = [
  ['褐牛', 'livestock', '头', '柯尔克孜族传统养殖的褐牛，舍饲与放牧结合'],
  ['牛羊肉', 'food', '公斤', '合作社统一屠宰分割的牛羊肉，冷链直供'],
  ['高产玉米', 'crop', '吨', '高产玉米良种，用作青贮饲料和商品粮'],
  ['庭院蔬菜', 'crop', '公斤', '庭院经济种植的时令蔬菜'],
  ['手工刺绣', 'handicraft', '件', '柯尔克孜族传统手工刺绣：挂毯、靠垫、服饰'],
];
/** Name suffix, business and the products (by index in PRODUCTS) of each kind of cooperative. */
const COOP_KINDS: readonly (readonly [string, string, readonly number[]])[] = [
  ['褐牛养殖专业合作社', '褐牛养殖、牛羊肉加工销售', [0, 1]],
  ['高产玉米种植专业合作社', '高产玉米种植', [2]],
  ['庭院经济专业合作社', '庭院蔬菜种植、林果', [3]],
  ['手工刺绣专业合作社', '家庭手工刺绣', [4]],
];

function planProducts(): Row<ProductsTable>[] {
  return PRODUCTS.map(([name, category, unit, description]) => ({
    id: newId(),
    name,
    category,
    unit,
    description,
  }));
}

/** Cooperatives in most villages, the article's kinds in turn; members are a share of the village. */
function planCooperatives(
  random: Random,
  s: {
    today: string;
    places: readonly Place[];
    members: readonly Member[];
    products: readonly Row<ProductsTable>[];
  },
): Coop[] {
  const households = [...new Set(s.members.map((m) => `${m.villageCode}|${m.householdId}`))];
  return s.places.slice(0, 10).map((place, i) => {
    const [suffix, business, productIndexes] = COOP_KINDS[i % COOP_KINDS.length] ?? [
      '专业合作社',
      '',
      [],
    ];
    const local = households
      .filter((h) => h.startsWith(`${place.code}|`))
      .map((h) => h.split('|')[1] ?? '');
    const share = int(random, 30, 60) / 100;
    return {
      row: {
        id: newId(),
        village_code: place.code,
        name: `${place.name}${suffix}`,
        founded_on: addDays(s.today, -int(random, 380, 900)),
        business,
        note: '村委会牵头，结亲干部帮助成立',
      },
      members: shuffled(random, local).slice(0, Math.max(3, Math.round(local.length * share))),
      products: productIndexes.flatMap((k) => (s.products[k] ? [s.products[k].id] : [])),
    };
  });
}

/** Green and organic certification and a trademark for beef and mutton; an old corn one expired. */
function planCertifications(
  today: string,
  products: readonly Row<ProductsTable>[],
  coops: readonly Coop[],
): Row<CertificationsTable>[] {
  const meat = products[1]?.id ?? '';
  const corn = products[2]?.id ?? '';
  const cattleCoop = coops[0]?.row.id ?? null;
  const cornCoop = coops[1]?.row.id ?? null;
  const year = today.slice(0, 4);
  const rows: [string, string | null, string, string, string, string, string | null][] = [
    [
      meat,
      cattleCoop,
      'green',
      `LB-15-${year}0612345A`,
      '中国绿色食品发展中心',
      addDays(today, -280),
      addDays(today, 815),
    ],
    [
      meat,
      cattleCoop,
      'organic',
      `227OP${year}0088`,
      '中绿华夏有机产品认证中心',
      addDays(today, -300),
      addDays(today, 65),
    ],
    [
      meat,
      cattleCoop,
      'trademark',
      '第58812345号',
      '国家知识产权局',
      addDays(today, -330),
      addDays(today, 3320),
    ],
    [
      corn,
      cornCoop,
      'green',
      'LB-02-2201234567A',
      '中国绿色食品发展中心',
      addDays(today, -1200),
      addDays(today, -105),
    ],
  ];
  return rows.map(([productId, cooperativeId, kind, number, issuer, from, to]) => ({
    id: newId(),
    product_id: productId,
    cooperative_id: cooperativeId,
    kind,
    number,
    issuer,
    valid_from: from,
    valid_to: to,
    note: kind === 'trademark' ? '柯尔克孜族特色牛羊肉商标' : '',
  }));
}

/** One kind of sale: product index, channel, buyer, quantity range, price range in yuan, every n days. */
const SALE_KINDS: readonly (readonly [
  number,
  SaleChannel,
  readonly [string, string | null],
  number,
  number,
  number,
  number,
  number,
])[] = [
  [1, 'pre_sale', GUANGDONG, 800, 3000, 68, 86, 60],
  [1, 'direct_supply', ['广东省广州市机关食堂', '440100000000'], 500, 1500, 70, 82, 30],
  [1, 'livestream', ['全国（直播带货）', null], 100, 600, 75, 95, 21],
  [0, 'market', ['阿图什市活畜交易市场', '653001000000'], 4, 16, 12000, 16000, 45],
  [2, 'market', ['喀什地区饲料企业', '653100000000'], 10, 60, 2200, 2600, 50],
  [4, 'livestream', ['全国（直播带货）', null], 40, 200, 80, 220, 30],
  [4, 'direct_supply', GUANGDONG, 100, 400, 90, 180, 75],
  [3, 'market', ['哈拉峻乡巴扎', null], 200, 900, 3, 6, 20],
];

/** A year of sales, growing through the year, by the cooperatives that make each product. */
function planSales(
  random: Random,
  today: string,
  products: readonly Row<ProductsTable>[],
  coops: readonly Coop[],
): Row<SalesTable>[] {
  const sales: Row<SalesTable>[] = [];
  for (const [index, channel, [region, code], qMin, qMax, pMin, pMax, every] of SALE_KINDS) {
    const product = products[index];
    const sellers = coops.filter((c) => product && c.products.includes(product.id));
    for (let day = -360 + int(random, 0, every - 1); day <= 0 && product; day += every) {
      const seller = sellers.length > 0 ? pick(random, sellers) : null;
      const growth = 1 + (day + 360) / 720;
      const quantity = Math.round(int(random, qMin, qMax) * growth);
      sales.push({
        id: newId(),
        product_id: product.id,
        cooperative_id: seller?.row.id ?? null,
        village_code: seller?.row.village_code ?? null,
        sale_date: addDays(today, day),
        channel,
        buyer_region: region,
        buyer_region_code: code,
        quantity,
        unit: product.unit,
        revenue_fen: quantity * int(random, pMin, pMax) * 100,
        note: '',
      });
    }
  }
  return sales;
}

/** Rafting and the tamarisk-forest scenic area, with visitors and revenue of the last two years. */
function planTourism(random: Random, today: string, places: readonly Place[]) {
  const year = Number(today.slice(0, 4));
  const specs = [
    [
      places[1] ?? places[0],
      '水上漂流',
      'rafting',
      -520,
      '依托河道开发的水上漂流项目，村民入股、参与经营',
    ],
    [
      places[2] ?? places[0],
      '怪柳林景区观光旅游',
      'scenic_area',
      -700,
      '怪柳林景区观光、柯尔克孜族民俗体验',
    ],
  ] as const;
  const projects = specs.flatMap(([place, name, kind, opened, description]) =>
    place
      ? [
          {
            id: newId(),
            village_code: place.code,
            name,
            kind,
            opened_on: addDays(today, opened),
            description,
          },
        ]
      : [],
  );
  const years = projects.flatMap((p) =>
    [year - 1, year].map((y, i) => {
      const visitors = int(random, 6000, 15000) * (1 + i);
      return {
        project_id: p.id,
        year: y,
        visitors,
        revenue_fen: visitors * int(random, 25, 45) * 100,
      };
    }),
  );
  return { projects, years };
}

/** Village collective income for the last three years, rising by nearly 30% a year. */
function planIncomes(random: Random, today: string, places: readonly Place[]) {
  const year = Number(today.slice(0, 4));
  return places.flatMap((place) => {
    let amount = int(random, 8, 30) * 1_000_000;
    return [year - 2, year - 1, year].map((y, i) => {
      if (i > 0) {
        amount = Math.round((amount * (100 + int(random, 25, 32))) / 100 / 100) * 100;
      }
      return {
        id: newId(),
        village_code: place.code,
        year: y,
        amount_fen: amount,
        note: i === 2 ? '“3小工程”带动增收' : '',
      };
    });
  });
}

/** The article's quotes: who, their sex and age, the words, consent and whether to link a training. */
const QUOTES: readonly (readonly [
  string,
  string,
  number,
  number,
  string,
  string | null,
  number,
])[] = [
  [
    '阿山·托合托逊',
    'M',
    30,
    70,
    '结亲干部给我讲惠农政策、法律法规知识，帮我申请贷款购买牛羊，相信我们的日子一定会越来越好！',
    'written',
    -250,
  ],
  [
    '沙合白克·木尔扎',
    'M',
    17,
    24,
    '感谢党和政府的关心和支持，毕业后我一定回来，用自己的知识把家乡建设得更加美好。',
    'verbal_recorded',
    -100,
  ],
  [
    '昆都孜·吐尔逊',
    'F',
    20,
    60,
    '结亲干部给我讲了很多防疫小知识，接地气，很亲切，一听就明白。',
    'verbal_witnessed',
    -200,
  ],
  [
    '吾特库尔·克依木',
    'M',
    0,
    0,
    '参加完厨师培训，我在哈拉峻乡开了一家餐馆，家里的收入翻了一番。',
    'written',
    -80,
  ],
  [
    '巴克西·吾斯曼',
    'M',
    0,
    0,
    '拿到了驾驶证和运营资格证，我成了客运站的线路车司机，全家都脱贫了。',
    'written',
    -60,
  ],
  ['', 'M', 30, 70, '结亲干部帮我们村修好了灌溉饮水工程，今年的麦子长得特别好。', null, -30],
];

/** The person quoted: found by name, or a member of the right sex and age renamed (ages 0–0: find only). */
async function quoted(
  ctx: DemoContext,
  admin: Actor | null,
  q: {
    name: string;
    sex: string;
    ages: readonly [number, number];
    members: readonly Member[];
    used: Set<string>;
    home: string;
  },
): Promise<Member | null> {
  const named = q.name ? q.members.find((m) => m.name === q.name) : undefined;
  if (named || q.ages[1] === 0) {
    return named ?? null;
  }
  const names = new Set(QUOTES.map(([name]) => name));
  const fits = (m: Member) =>
    m.sex === q.sex &&
    m.age >= q.ages[0] &&
    m.age <= q.ages[1] &&
    !q.used.has(m.householdId) &&
    !names.has(m.name);
  const candidate =
    q.members.find((m) => fits(m) && m.villageCode === q.home) ?? q.members.find(fits);
  if (!candidate) {
    return null;
  }
  if (q.name && admin) {
    await correctPerson(ctx.db, admin, candidate.id, { name: q.name });
    return { ...candidate, name: q.name };
  }
  return candidate;
}

interface StoryPlan {
  readonly story: Row<StoriesTable>;
  readonly links: StoryLinksTable[];
}

/** The enrollment of a person, to link their story to the training it speaks of. */
async function enrollmentOf(db: Db, personId: string): Promise<string | null> {
  const row = await db
    .selectFrom('training_enrollments')
    .select('id')
    .where('person_id', '=', personId)
    .orderBy('enrolled_on')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Stories with the quotes of the article; consent by the person, or the head for a minor. */
async function planStories(
  ctx: DemoContext,
  admin: Actor | null,
  s: { members: readonly Member[]; home: string },
): Promise<{ plans: StoryPlan[]; asan: Member | null }> {
  const used = new Set<string>();
  const plans: StoryPlan[] = [];
  let asan: Member | null = null;
  for (const [name, sex, from, to, quote, method, day] of QUOTES) {
    const person = await quoted(ctx, admin, {
      name,
      sex,
      ages: [from, to],
      members: s.members,
      used,
      home: s.home,
    });
    if (!person) {
      continue;
    }
    used.add(person.householdId);
    asan = name === '阿山·托合托逊' ? person : asan;
    const head = s.members.find(
      (m) => m.householdId === person.householdId && m.relation === 'head',
    );
    const saidOn = addDays(ctx.today, day);
    const id = newId();
    // The trainees of the article speak of their training; link it.
    const enrollment = to === 0 ? await enrollmentOf(ctx.db, person.id) : null;
    plans.push({
      story: {
        id,
        household_id: person.householdId,
        person_id: person.id,
        quote,
        said_on: saidOn,
        title: method ? `结对亲戚${person.name}的心里话` : '',
        consent_given: method ? 1 : 0,
        consent_date: method ? addDays(saidOn, int(ctx.random, 1, 5)) : null,
        consent_method: method,
        consent_by_person_id: method
          ? person.age >= 18
            ? person.id
            : (head?.id ?? person.id)
          : null,
      },
      links: enrollment ? [{ story_id: id, record_kind: 'enrollment', record_id: enrollment }] : [],
    });
  }
  return { plans, asan };
}

/** Cooperatives, certifications, sales to Guangdong, tourism, collective income, and stories. */
export async function seedIndustry(ctx: DemoContext): Promise<void> {
  const coop = await actorNamed(ctx.db, 'coop');
  const coordinator = await actorNamed(ctx.db, 'coordinator');
  const admin = await actorNamed(ctx.db, 'admin');
  const places = await loadPlaces(ctx.db);
  if (places.length === 0) {
    return;
  }
  const members = await loadMembers(ctx.db, ctx.today);
  const { plans: stories, asan } = await planStories(ctx, admin, {
    members,
    home: places[0]?.code ?? '',
  });
  const products = planProducts();
  const coops = planCooperatives(ctx.random, { today: ctx.today, places, members, products });
  const cattle = coops[0];
  if (
    asan &&
    cattle &&
    cattle.row.village_code === asan.villageCode &&
    !cattle.members.includes(asan.householdId)
  ) {
    coops[0] = { ...cattle, members: [asan.householdId, ...cattle.members] };
  }
  const asanStory = stories.find((p) => p.story.person_id === asan?.id);
  if (asanStory && cattle) {
    asanStory.links.push({
      story_id: asanStory.story.id,
      record_kind: 'cooperative',
      record_id: cattle.row.id,
    });
  }
  const tourism = planTourism(ctx.random, ctx.today, places);
  const by = coop?.userId ?? null;
  const meta = (date: string) => newRecordColumns(by, stamp(date));
  await ctx.db.transaction().execute(async (tx) => {
    await insertProducts(
      tx,
      products.map((p) => ({ ...p, ...meta(addDays(ctx.today, -365)) })),
    );
    await insertCooperatives(
      tx,
      coops.map((c) => ({ ...c.row, ...meta(c.row.founded_on) })),
      coops.flatMap((c) => c.members.map((h) => ({ cooperative_id: c.row.id, household_id: h }))),
      coops.flatMap((c) => c.products.map((p) => ({ cooperative_id: c.row.id, product_id: p }))),
    );
    const certifications = planCertifications(ctx.today, products, coops);
    await insertCertifications(
      tx,
      certifications.map((c) => ({ ...c, ...meta(c.valid_from) })),
    );
    const sales = planSales(ctx.random, ctx.today, products, coops);
    await insertSales(
      tx,
      sales.map((s) => ({ ...s, ...meta(s.sale_date) })),
    );
    await insertTourismProjects(
      tx,
      tourism.projects.map((p) => ({ ...p, ...meta(p.opened_on) })),
      tourism.years,
    );
    const incomes = planIncomes(ctx.random, ctx.today, places);
    await insertCollectiveIncomes(
      tx,
      incomes.map((i) => ({
        ...i,
        ...meta(`${i.year}-12-20` < ctx.today ? `${i.year}-12-20` : ctx.today),
      })),
    );
    await insertStories(
      tx,
      stories.map((p) => ({
        ...p.story,
        ...newRecordColumns(coordinator?.userId ?? null, stamp(p.story.said_on)),
      })),
      stories.flatMap((p) => p.links),
    );
  });
}
