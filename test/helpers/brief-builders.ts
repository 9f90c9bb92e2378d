/**
 * A small program for the work-brief tests, built through the services: jobs (near home and
 * away, one voided), a prosthesis, a village project, a course with trainees, a micro-classroom
 * with a photo, and a consented and an unconsented story. The expected figures are counted
 * from what is built here.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/db/connect.js';
import { voidAssistanceRecord } from '../../src/server/assistance/assistance.service.js';
import { actorOf, buildAssistance, buildFamily, inputs } from './assistance-builders.js';
import { buildActivity, multipart } from './activity-builders.js';
import {
  buildCadre,
  buildPairing,
  buildUnit,
  buildUser,
  buildVillage,
  VILLAGE,
} from './builders.js';
import { buildStory } from './industry-builders.js';
import { buildCourse, buildEnrollment } from './training-builders.js';
import { phoneJpeg } from '../fixtures/photos.js';

export const PERIOD = { from: '2026-01-01', to: '2026-12-31' } as const;
export const CONSENTED_QUOTE = '结亲干部帮我找到了家门口的工作，日子一定会越来越好！';
export const UNCONSENTED_QUOTE = '这句话家里人还没有同意公开。';
export const PHOTO_CAPTION = '结亲干部给结对亲戚家的孩子讲故事';

export interface BriefWorld {
  readonly coordinator: string;
  readonly leader: string;
  readonly cadreUser: string;
  /** Households: the first is paired with the cadre user's cadre, the others with another. */
  readonly households: readonly string[];
  readonly expected: {
    readonly nearHome: number;
    readonly nearHomeOfCadre: number;
    readonly away: number;
    readonly medical: number;
    readonly projectFen: number;
    readonly trainees: number;
    readonly headcount: number;
  };
}

const PLACES = ['near_home', 'near_home', 'in_region', 'near_home', 'out_of_region'] as const;

async function buildJobs(db: Db, coordinator: string, persons: readonly string[]) {
  const jobs = PLACES.map((place, i) => ({ place, person: persons[i % persons.length] ?? '' }));
  for (const job of jobs) {
    await buildAssistance(db, coordinator, { ...inputs.job(job.person), place: job.place });
  }
  const voided = await buildAssistance(db, coordinator, inputs.job(persons[0] ?? ''));
  await voidAssistanceRecord(db, await actorOf(db, coordinator), voided, '重复录入');
  return jobs;
}

/** Upload a photo to a new micro-classroom through HTTP, so the file lands in the app's data dir. */
export async function buildPhotoActivity(
  app: FastifyInstance,
  db: Db,
  cookie: string,
  householdId: string,
): Promise<{ activityId: string; headcount: number }> {
  const headcount = 23;
  const activityId = await buildActivity(db, {
    householdId,
    villageCode: undefined,
    headcount,
    occurredAt: '2026-05-10T04:00:00.000Z',
  });
  const body = multipart(
    { caption: PHOTO_CAPTION },
    {
      filename: 'p.jpg',
      type: 'image/jpeg',
      data: await phoneJpeg(),
    },
  );
  const res = await app.inject({
    method: 'POST',
    url: `/api/v1/activities/${activityId}/photos`,
    payload: body.payload,
    headers: { ...body.headers, cookie },
  });
  if (res.statusCode !== 201) {
    throw new Error(`photo upload failed: ${res.statusCode} ${res.body}`);
  }
  return { activityId, headcount };
}

async function buildStories(db: Db, households: readonly string[], heads: readonly string[]) {
  await buildStory(db, households[1] ?? '', {
    quote: CONSENTED_QUOTE,
    saidOn: '2026-04-01',
    personId: heads[1],
    consent: { given: true, date: '2026-04-01', method: 'written', byPersonId: heads[1] },
  });
  await buildStory(db, households[0] ?? '', { quote: UNCONSENTED_QUOTE, saidOn: '2026-04-02' });
}

/** Build the program; photos are added separately (they need the app). */
export async function buildBriefWorld(db: Db): Promise<BriefWorld> {
  await buildVillage(db, VILLAGE);
  const unit = await buildUnit(db, '办公室');
  const [mine, other] = [
    await buildCadre(db, { unitId: unit }),
    await buildCadre(db, { unitId: unit }),
  ];
  const families = [await buildFamily(db), await buildFamily(db), await buildFamily(db)];
  const households = families.map((f) => f.householdId);
  const heads = families.map((f) => f.headId);
  await buildPairing(db, mine, households[0] ?? '');
  for (const h of households.slice(1)) {
    await buildPairing(db, other, h);
  }
  const coordinator = await buildUser(db, 'coordinator');
  const jobs = await buildJobs(db, coordinator, heads);
  await buildAssistance(db, coordinator, inputs.medical(heads[2] ?? ''));
  const project = inputs.project(VILLAGE);
  await buildAssistance(db, coordinator, project);
  const course = await buildCourse(db);
  for (const person of heads.slice(0, 2)) {
    await buildEnrollment(db, course.id, person);
  }
  await buildStories(db, households, heads);
  const nearHome = jobs.filter((j) => j.place === 'near_home');
  return {
    coordinator,
    leader: await buildUser(db, 'leader'),
    cadreUser: await buildUser(db, 'cadre', { cadreId: mine }),
    households,
    expected: {
      nearHome: nearHome.length,
      nearHomeOfCadre: nearHome.filter((j) => j.person === heads[0]).length,
      away: jobs.length - nearHome.length,
      medical: 1,
      projectFen: project.funds.reduce((sum, f) => sum + f.amountFen, 0),
      trainees: 2,
      headcount: 23,
    },
  };
}
