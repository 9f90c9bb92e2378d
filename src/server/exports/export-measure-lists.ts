/** Exportable lists of the five measures: activities, assistance, students, grants, training, industry, stories. */
import { ActivityListQuery } from '../../domain/activities/activity.schema.js';
import type { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import { AssistanceListQuery } from '../../domain/assistance/assistance.schema.js';
import { GrantExportQuery } from '../../domain/exports/export.schema.js';
import { StudentListQuery } from '../../domain/fund/student.schema.js';
import type { Grant } from '../../domain/fund/run.schema.js';
import { CooperativeListQuery } from '../../domain/industry/cooperative.schema.js';
import { SaleListQuery } from '../../domain/industry/sale.schema.js';
import { StoryListQuery } from '../../domain/stories/story.schema.js';
import { CourseListQuery } from '../../domain/training/course.schema.js';
import { EnrollmentListQuery } from '../../domain/training/enrollment.schema.js';
import { listActivitiesFor } from '../activities/activity.service.js';
import { listAssistance } from '../assistance/assistance.service.js';
import { systemClock } from '../fund/fund-deps.js';
import { readRun } from '../fund/run.service.js';
import { listStudentsFor } from '../fund/student.service.js';
import { listCooperativesFor } from '../industry/cooperative.service.js';
import { listSalesFor } from '../industry/sale.service.js';
import { listStoriesFor } from '../industry/story.service.js';
import { listCoursesFor } from '../training/course.service.js';
import { listEnrollmentsFor } from '../training/enrollment.service.js';
import { defineList, keysetPages, type Column, type ExportRequest } from './export-list.js';
import { assistanceAmount, assistanceDetails } from './export-assistance.js';

type ActivityItem = Awaited<ReturnType<typeof listActivitiesFor>>['items'][number];
const activities = defineList({
  name: 'activities',
  query: ActivityListQuery,
  pages: (r: ExportRequest<ActivityListQuery>) =>
    keysetPages(r.query, (q) => listActivitiesFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.date', value: (x: ActivityItem) => x.occurredOn },
    { header: 'export.col.measure', value: (x: ActivityItem, c) => c.label('measure', x.measure) },
    { header: 'export.col.type', value: (x: ActivityItem) => x.typeCode },
    { header: 'export.col.topic', value: (x: ActivityItem) => x.topic, width: 30 },
    { header: 'export.col.villageName', value: (x: ActivityItem) => x.villageName },
    { header: 'export.col.organizer', value: (x: ActivityItem) => x.organizer?.name ?? null },
    { header: 'export.col.lecturer', value: (x: ActivityItem) => x.lecturer?.name ?? null },
    { header: 'export.col.online', value: (x: ActivityItem, c) => c.yesNo(x.online) },
    { header: 'export.col.headcount', kind: 'number', value: (x: ActivityItem) => x.headcount },
    {
      header: 'export.col.householdCount',
      kind: 'number',
      value: (x: ActivityItem) => x.householdCount,
    },
    { header: 'export.col.photoCount', kind: 'number', value: (x: ActivityItem) => x.photoCount },
    { header: 'export.col.voidedAt', value: (x: ActivityItem) => x.voidedAt },
  ],
});

const unique = (values: readonly string[]) => [...new Set(values.filter((v) => v))].join('、');
const assistanceColumns: Column<AssistanceRecord>[] = [
  { header: 'export.col.date', value: (x) => x.date },
  { header: 'export.col.kind', value: (x, c) => c.label('assistance_kind', x.kind) },
  { header: 'export.col.measure', value: (x, c) => c.label('measure', x.measure) },
  { header: 'export.col.recordStatus', value: (x, c) => c.label('assistance_status', x.status) },
  {
    header: 'export.col.beneficiaries',
    value: (x) => unique(x.beneficiaries.map((b) => b.name)),
    width: 24,
  },
  {
    header: 'export.col.villages',
    value: (x) => unique(x.beneficiaries.map((b) => b.villageName)),
  },
  { header: 'export.col.arrangedBy', value: (x) => x.arrangedByCadreName },
  { header: 'export.col.amount', kind: 'money', value: assistanceAmount },
  { header: 'export.col.details', value: assistanceDetails, width: 40 },
  { header: 'export.col.notes', value: (x) => x.notes, width: 30 },
  { header: 'export.col.voidedAt', value: (x) => x.voidedAt },
];
const assistance = defineList({
  name: 'assistance',
  query: AssistanceListQuery,
  pages: (r: ExportRequest<AssistanceListQuery>) =>
    keysetPages(r.query, (q) => listAssistance(r.db, r.actor, q)),
  columns: assistanceColumns,
});

type StudentItem = Awaited<ReturnType<typeof listStudentsFor>>['items'][number];
const students = defineList({
  name: 'students',
  query: StudentListQuery,
  pages: (r: ExportRequest<StudentListQuery>) =>
    keysetPages(r.query, (q) => listStudentsFor({ db: r.db, clock: systemClock }, r.actor, q)),
  columns: [
    { header: 'export.col.name', value: (x: StudentItem) => x.personName },
    { header: 'export.col.villageCode', value: (x: StudentItem) => x.villageCode, width: 16 },
    { header: 'export.col.stage', value: (x: StudentItem, c) => c.label('stage', x.stage) },
    { header: 'export.col.school', value: (x: StudentItem) => x.schoolName, width: 24 },
    { header: 'export.col.admittedOn', value: (x: StudentItem) => x.admittedOn },
    { header: 'export.col.expectedEnd', value: (x: StudentItem) => x.expectedEnd },
    { header: 'export.col.active', value: (x: StudentItem, c) => c.yesNo(x.active) },
    { header: 'export.col.voidedAt', value: (x: StudentItem) => x.voidedAt },
  ],
});

/** The grant lines of one run (a run holds one line per student: one page). */
async function* grantPages(r: ExportRequest<GrantExportQuery>): AsyncGenerator<readonly Grant[]> {
  const run = await readRun({ db: r.db, clock: systemClock }, r.actor, {
    id: r.query.run,
    ip: r.ip,
  });
  yield run.grants;
}
const grants = defineList({
  name: 'grants',
  query: GrantExportQuery,
  pages: grantPages,
  columns: [
    { header: 'export.col.semester', value: (x: Grant) => x.semester },
    { header: 'export.col.name', value: (x: Grant) => x.personName },
    { header: 'export.col.villageCode', value: (x: Grant) => x.villageCode, width: 16 },
    { header: 'export.col.stage', value: (x: Grant, c) => c.label('stage', x.stage) },
    { header: 'export.col.school', value: (x: Grant) => x.schoolName, width: 24 },
    { header: 'export.col.amount', kind: 'money', value: (x: Grant) => x.amountFen },
    { header: 'export.col.grantStatus', value: (x: Grant, c) => c.label('grant_status', x.status) },
    { header: 'export.col.exclusion', value: (x: Grant, c) => c.label('exclusion', x.exclusion) },
    { header: 'export.col.paidOn', value: (x: Grant) => x.paidOn },
  ],
});

type CourseItem = Awaited<ReturnType<typeof listCoursesFor>>['items'][number];
const courses = defineList({
  name: 'courses',
  query: CourseListQuery,
  pages: (r: ExportRequest<CourseListQuery>) =>
    keysetPages(r.query, (q) => listCoursesFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.title', value: (x: CourseItem) => x.title, width: 24 },
    { header: 'export.col.skill', value: (x: CourseItem, c) => c.label('skill', x.skill) },
    { header: 'export.col.trainer', value: (x: CourseItem) => x.trainerName },
    { header: 'export.col.place', value: (x: CourseItem) => x.placeName },
    { header: 'export.col.startDate', value: (x: CourseItem) => x.startDate },
    { header: 'export.col.endDate', value: (x: CourseItem) => x.endDate },
    { header: 'export.col.capacity', kind: 'number', value: (x: CourseItem) => x.capacity },
    {
      header: 'export.col.enrolledCount',
      kind: 'number',
      value: (x: CourseItem) => x.enrolledCount,
    },
    { header: 'export.col.voidedAt', value: (x: CourseItem) => x.voidedAt },
  ],
});

type EnrollmentItem = Awaited<ReturnType<typeof listEnrollmentsFor>>['items'][number];
const enrollments = defineList({
  name: 'enrollments',
  query: EnrollmentListQuery,
  pages: (r: ExportRequest<EnrollmentListQuery>) =>
    keysetPages(r.query, (q) => listEnrollmentsFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.name', value: (x: EnrollmentItem) => x.personName },
    { header: 'export.col.villageName', value: (x: EnrollmentItem) => x.villageName },
    { header: 'export.col.course', value: (x: EnrollmentItem) => x.courseTitle, width: 24 },
    { header: 'export.col.skill', value: (x: EnrollmentItem, c) => c.label('skill', x.skill) },
    { header: 'export.col.enrolledOn', value: (x: EnrollmentItem) => x.enrolledOn },
    {
      header: 'export.col.attendance',
      value: (x: EnrollmentItem) => `${x.sessionsAttended}/${x.sessionsTotal}`,
    },
    {
      header: 'export.col.attendancePercent',
      kind: 'number',
      value: (x: EnrollmentItem) => x.attendancePercent,
    },
    { header: 'export.col.completed', value: (x: EnrollmentItem, c) => c.yesNo(x.completed) },
    { header: 'export.col.completedOn', value: (x: EnrollmentItem) => x.completedOn },
    {
      header: 'export.col.credentials',
      value: (x: EnrollmentItem, c) =>
        x.credentials.map((k) => c.label('credential', k.kind)).join('、'),
    },
    { header: 'export.col.outstanding', value: (x: EnrollmentItem, c) => c.yesNo(x.outstanding) },
    { header: 'export.col.recommendedTo', value: (x: EnrollmentItem) => x.recommendedTo },
    {
      header: 'export.col.hireOutcome',
      value: (x: EnrollmentItem, c) => c.label('hire_outcome', x.hireOutcome),
    },
    { header: 'export.col.voidedAt', value: (x: EnrollmentItem) => x.voidedAt },
  ],
});

type CooperativeItem = Awaited<ReturnType<typeof listCooperativesFor>>['items'][number];
const cooperatives = defineList({
  name: 'cooperatives',
  query: CooperativeListQuery,
  pages: (r: ExportRequest<CooperativeListQuery>) =>
    keysetPages(r.query, (q) => listCooperativesFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.title', value: (x: CooperativeItem) => x.name, width: 24 },
    { header: 'export.col.villageName', value: (x: CooperativeItem) => x.villageName },
    { header: 'export.col.foundedOn', value: (x: CooperativeItem) => x.foundedOn },
    { header: 'export.col.business', value: (x: CooperativeItem) => x.business, width: 24 },
    {
      header: 'export.col.memberCount',
      kind: 'number',
      value: (x: CooperativeItem) => x.memberCount,
    },
    {
      header: 'export.col.products',
      value: (x: CooperativeItem) => x.products.map((p) => p.name).join('、'),
    },
    { header: 'export.col.voidedAt', value: (x: CooperativeItem) => x.voidedAt },
  ],
});

type SaleItem = Awaited<ReturnType<typeof listSalesFor>>['items'][number];
const sales = defineList({
  name: 'sales',
  query: SaleListQuery,
  pages: (r: ExportRequest<SaleListQuery>) =>
    keysetPages(r.query, (q) => listSalesFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.date', value: (x: SaleItem) => x.saleDate },
    { header: 'export.col.product', value: (x: SaleItem) => x.productName },
    { header: 'export.col.cooperative', value: (x: SaleItem) => x.cooperativeName, width: 20 },
    { header: 'export.col.villageName', value: (x: SaleItem) => x.villageName },
    { header: 'export.col.channel', value: (x: SaleItem, c) => c.label('channel', x.channel) },
    { header: 'export.col.buyerRegion', value: (x: SaleItem) => x.buyerRegion },
    { header: 'export.col.quantity', kind: 'number', value: (x: SaleItem) => x.quantity },
    { header: 'export.col.unitOfMeasure', value: (x: SaleItem) => x.unit },
    { header: 'export.col.revenue', kind: 'money', value: (x: SaleItem) => x.revenueFen },
    { header: 'export.col.voidedAt', value: (x: SaleItem) => x.voidedAt },
  ],
});

type StoryItem = Awaited<ReturnType<typeof listStoriesFor>>['items'][number];
/** Only stories the family consented to publish leave the system in a file. */
const stories = defineList({
  name: 'stories',
  query: StoryListQuery,
  pages: (r: ExportRequest<StoryListQuery>) =>
    keysetPages({ ...r.query, publishable: true }, (q) => listStoriesFor(r.db, r.actor, q)),
  columns: [
    { header: 'export.col.date', value: (x: StoryItem) => x.saidOn },
    { header: 'export.col.storyTitle', value: (x: StoryItem) => x.title, width: 24 },
    { header: 'export.col.headName', value: (x: StoryItem) => x.headName },
    { header: 'export.col.villageName', value: (x: StoryItem) => x.villageName },
    { header: 'export.col.speaker', value: (x: StoryItem) => x.personName },
    { header: 'export.col.quote', value: (x: StoryItem) => x.quote, width: 60 },
    {
      header: 'export.col.consentMethod',
      value: (x: StoryItem, c) => c.label('consent', x.consent.method),
    },
    { header: 'export.col.consentDate', value: (x: StoryItem) => x.consent.date },
  ],
});

export const MEASURE_LISTS = [
  activities,
  assistance,
  students,
  grants,
  courses,
  enrollments,
  cooperatives,
  sales,
  stories,
];
