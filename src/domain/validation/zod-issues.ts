/** Turn zod issues into catalogue field problems, so every door shows the same words. */
import type { z } from 'zod';
import type { FieldProblem } from '../errors.js';

type Issue = z.core.$ZodIssue;

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  const parts = path.map((p) => String(p));
  return [prefix, ...parts].filter((p) => p.length > 0).join('.') || 'body';
}

function issueToProblem(issue: Issue, prefix: string): FieldProblem {
  const path = joinPath(prefix, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') {
        return { path, key: 'field.required' };
      }
      return { path, key: issue.expected === 'int' ? 'field.not_integer' : 'field.invalid_type' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { path, key: 'field.required' }
          : { path, key: 'field.too_short', params: { min: Number(issue.minimum) } };
      }
      return { path, key: 'field.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { path, key: 'field.too_long', params: { max: Number(issue.maximum) } }
        : { path, key: 'field.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return {
        path,
        key: 'field.bad_value',
        params: { options: issue.values.map(String).join(', ') },
      };
    case 'unrecognized_keys':
      return { path, key: 'field.unknown_keys', params: { keys: issue.keys.join(', ') } };
    case 'custom':
      return issue.message.startsWith('field.')
        ? {
            path,
            key: issue.message,
            params: (issue.params ?? {}) as Record<string, string | number>,
          }
        : { path, key: 'field.invalid' };
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return issue.message.startsWith('field.')
        ? { path, key: issue.message }
        : { path, key: 'field.invalid' };
  }
}

/** Field problems for every issue; `prefix` names where the input came from (e.g. `query`). */
export function issuesToFields(issues: readonly Issue[], prefix = ''): FieldProblem[] {
  return issues.map((issue) => issueToProblem(issue, prefix));
}
