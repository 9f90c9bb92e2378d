/** Semesters of the grant runs: `2026-spring` starts on 1 March, `2026-autumn` on 1 September. */
import { z } from 'zod';

const PATTERN = /^(\d{4})-(spring|autumn)$/;

export const zSemester = z
  .string()
  .trim()
  .refine(
    (s) => {
      const match = PATTERN.exec(s);
      return match !== null && Number(match[1]) >= 2000 && Number(match[1]) <= 2100;
    },
    { message: 'field.semester' },
  )
  .describe('Semester: YYYY-spring or YYYY-autumn, e.g. 2026-autumn');

/** The first day of a semester (the day eligibility is judged on). */
export function semesterStart(semester: string): string {
  const match = PATTERN.exec(semester);
  if (!match) {
    throw new Error(`not a semester: ${semester}`);
  }
  return `${match[1]}-${match[2] === 'spring' ? '03-01' : '09-01'}`;
}

/** The semester a date falls in: March–August is spring, September–February autumn. */
export function semesterOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 3 && month <= 8) {
    return `${year}-spring`;
  }
  return month >= 9 ? `${year}-autumn` : `${year - 1}-autumn`;
}

/** The `count` semesters that have started by `date`, oldest first. */
export function recentSemesters(date: string, count: number): string[] {
  const result: string[] = [];
  let current = semesterOf(date);
  for (let i = 0; i < count; i += 1) {
    result.unshift(current);
    const year = Number(current.slice(0, 4));
    current = current.endsWith('autumn') ? `${year}-spring` : `${year - 1}-autumn`;
  }
  return result;
}
