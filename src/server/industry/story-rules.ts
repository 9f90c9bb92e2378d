/** Checks on a story's people and links: members of its household, records that exist. */
import type { FieldProblem } from '../../domain/errors.js';
import type { StoryLink } from '../../domain/stories/story.schema.js';
import type { Conn } from '../../db/connect.js';
import { listMembers } from '../../db/person.repository.js';

/** Kinds whose records live in this feature's tables, checked for existence. */
const OWN_TABLES = {
  course: 'training_courses',
  enrollment: 'training_enrollments',
  follow_up: 'training_follow_ups',
  cooperative: 'cooperatives',
  sale: 'sales',
  tourism_project: 'tourism_projects',
} as const;

/** The quoted person and the consenting person must belong to the story's household. */
export async function memberProblems(
  db: Conn,
  householdId: string,
  people: { personId?: string | null | undefined; byPersonId?: string | undefined },
  consentPath = 'consent.',
): Promise<FieldProblem[]> {
  const members = new Set((await listMembers(db, householdId)).map((m) => m.id));
  const problems: FieldProblem[] = [];
  if (people.personId && !members.has(people.personId)) {
    problems.push({ path: 'personId', key: 'field.not_member' });
  }
  if (people.byPersonId && !members.has(people.byPersonId)) {
    problems.push({ path: `${consentPath}byPersonId`, key: 'field.not_member' });
  }
  return problems;
}

/** Linked records of this feature must exist; an enrollment must be of the story's household. */
export async function linkProblems(
  db: Conn,
  householdId: string,
  links: readonly StoryLink[],
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const [i, link] of links.entries()) {
    if (!(link.kind in OWN_TABLES)) {
      continue;
    }
    const table = OWN_TABLES[link.kind as keyof typeof OWN_TABLES];
    const found = await db
      .selectFrom(table)
      .select('id')
      .where('id', '=', link.recordId)
      .executeTakeFirst();
    const ok =
      found !== undefined &&
      (link.kind !== 'enrollment' ||
        (await db
          .selectFrom('training_enrollments')
          .select('id')
          .where('id', '=', link.recordId)
          .where('household_id', '=', householdId)
          .executeTakeFirst()) !== undefined);
    if (!ok) {
      problems.push({ path: `links.${i}.recordId`, key: 'field.unknown_record' });
    }
  }
  return problems;
}
