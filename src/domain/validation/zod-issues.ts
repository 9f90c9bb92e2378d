/** Turn zod issues into catalogue field problems, so every door shows the same words. */
import type { z } from 'zod';
import type { FieldProblem } from '../errors.js';

type Issue = z.core.$ZodIssue;

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p));
  return [prefix, ...parts].filter((p) => p.length > 0).join('.') || 'body';
}

/**
 * Whether a type error is a missing value. Boundaries parse with `reportInput` so the input is
 * on the issue; elsewhere zod's own message ("… received undefined") is the only clue.
 */
function isMissing(issue: z.core.$ZodIssueInvalidType): boolean {
  if ('input' in issue) {
    return issue.input === undefined || issue.input === null || issue.input === '';
  }
  return /received (undefined|null)$/.test(issue.message);
}

function sizeProblem(issue: Issue & { code: 'too_small' | 'too_big' }, path: string): FieldProblem {
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    if (issue.origin === 'string') {
      return min <= 1
        ? { path, key: 'field.required' }
        : { path, key: 'field.too_short', params: { min } };
    }
    if (issue.origin === 'array' || issue.origin === 'set') {
      return { path, key: 'field.too_few', params: { min } };
    }
    return { path, key: 'field.too_small', params: { min } };
  }
  const max = Number(issue.maximum);
  if (issue.origin === 'string') {
    return { path, key: 'field.too_long', params: { max } };
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return { path, key: 'field.too_many', params: { max } };
  }
  return { path, key: 'field.too_big', params: { max } };
}

function ownKey(message: string): string {
  return message.startsWith('field.') ? message : 'field.invalid';
}

function issueToProblems(issue: Issue, prefix: string): FieldProblem[] {
  const path = joinPath(prefix, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) {
        return [{ path, key: 'field.required' }];
      }
      return [{ path, key: issue.expected === 'int' ? 'field.not_integer' : 'field.invalid_type' }];
    case 'too_small':
    case 'too_big':
      return [sizeProblem(issue, path)];
    case 'invalid_value':
      return [
        { path, key: 'field.bad_value', params: { options: issue.values.map(String).join(', ') } },
      ];
    case 'unrecognized_keys':
      // One problem per unknown field, each at its own path, so a form can point at it.
      return issue.keys.map((key) => ({
        path: joinPath(prefix, [...issue.path, key]),
        key: 'field.unknown_keys',
        params: { keys: key },
      }));
    case 'custom':
      return [
        issue.message.startsWith('field.')
          ? {
              path,
              key: issue.message,
              params: (issue.params ?? {}) as Record<string, string | number>,
            }
          : { path, key: 'field.invalid' },
      ];
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return [{ path, key: ownKey(issue.message) }];
  }
}

/** Field problems for every issue; `prefix` names where the input came from (e.g. `query`). */
export function issuesToFields(issues: readonly Issue[], prefix = ''): FieldProblem[] {
  return issues.flatMap((issue) => issueToProblems(issue, prefix));
}
