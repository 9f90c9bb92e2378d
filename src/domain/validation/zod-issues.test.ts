import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { issuesToFields } from './zod-issues.js';

const Schema = z.strictObject({
  name: z.string().min(1),
  code: z.string().min(3).max(5),
  count: z.number().int().max(9),
  kind: z.enum(['a', 'b']),
  items: z
    .array(z.strictObject({ id: z.string() }))
    .min(1)
    .max(2),
  custom: z
    .string()
    .refine((v) => v === 'ok', { message: 'field.date' })
    .optional(),
});

function problems(input: unknown, reportInput: boolean) {
  const result = Schema.safeParse(input, { reportInput });
  return result.success ? [] : issuesToFields(result.error.issues);
}

describe('zod issues as field problems', () => {
  it.each([true, false])(
    'names each field and its catalogue key (reportInput %s)',
    (reportInput) => {
      const found = problems(
        { code: 'ab', count: 1.5, kind: 'c', items: [{ id: 'x', extra: 1 }], custom: 'no', bad: 2 },
        reportInput,
      );
      expect(found).toEqual(
        expect.arrayContaining([
          { path: 'name', key: 'field.required' },
          { path: 'code', key: 'field.too_short', params: { min: 3 } },
          { path: 'count', key: 'field.not_integer' },
          { path: 'kind', key: 'field.bad_value', params: { options: 'a, b' } },
          { path: 'items.0.extra', key: 'field.unknown_keys', params: { keys: 'extra' } },
          { path: 'custom', key: 'field.date', params: {} },
          { path: 'bad', key: 'field.unknown_keys', params: { keys: 'bad' } },
        ]),
      );
      expect(found).toHaveLength(7);
    },
  );

  it('tells a wrong type from a missing value, and sizes of lists from sizes of numbers', () => {
    expect(problems({ name: 5, code: 'abcdef', count: 10, kind: 'a', items: [] }, true)).toEqual([
      { path: 'name', key: 'field.invalid_type' },
      { path: 'code', key: 'field.too_long', params: { max: 5 } },
      { path: 'count', key: 'field.too_big', params: { max: 9 } },
      { path: 'items', key: 'field.too_few', params: { min: 1 } },
    ]);
    const many = problems(
      {
        name: 'x',
        code: 'abc',
        count: 1,
        kind: 'a',
        items: [{ id: '1' }, { id: '2' }, { id: '3' }],
      },
      true,
    );
    expect(many).toEqual([{ path: 'items', key: 'field.too_many', params: { max: 2 } }]);
  });

  it('puts problems of the whole input at "body", and a prefix before every path', () => {
    const result = Schema.safeParse(null);
    expect(result.success).toBe(false);
    expect(issuesToFields(result.error?.issues ?? [])).toEqual([
      { path: 'body', key: 'field.required' },
    ]);
    const query = z.object({ limit: z.number() }).safeParse({ limit: 'x' }, { reportInput: true });
    expect(issuesToFields(query.error?.issues ?? [], 'query')).toEqual([
      { path: 'query.limit', key: 'field.invalid_type' },
    ]);
  });
});
