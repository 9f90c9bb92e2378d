import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { changedPaths, clearErrorsOnChange } from './forms';

describe('changedPaths', () => {
  it('gives the name of each plain value', () => {
    expect(changedPaths({ name: 'a' })).toEqual([['name']]);
    expect(changedPaths({ phone: '' })).toEqual([['phone']]);
    expect(changedPaths({ sort: 0, active: false, unit: null, note: undefined })).toEqual([
      ['sort'],
      ['active'],
      ['unit'],
      ['note'],
    ]);
  });

  it('walks nested plain objects', () => {
    expect(changedPaths({ consent: { byPersonId: 7 } })).toEqual([['consent', 'byPersonId']]);
    expect(changedPaths({ a: Object.assign(Object.create(null) as object, { b: 1 }) })).toEqual([
      ['a', 'b'],
    ]);
  });

  it('skips the holes of a sparse Form.List change', () => {
    // What antd passes when the amount of the second row changes.
    const items: unknown[] = [];
    items[1] = { amountFen: 5 };
    expect(changedPaths({ items })).toEqual([['items', 1, 'amountFen']]);
    expect(changedPaths({ items: [undefined, undefined, { name: 'x' }] })).toEqual([
      ['items', 2, 'name'],
    ]);
  });

  it('gives every value of a whole list (a row added or removed)', () => {
    expect(changedPaths({ members: [{ name: 'a', sex: 'm' }, { name: 'b' }] })).toEqual([
      ['members', 0, 'name'],
      ['members', 0, 'sex'],
      ['members', 1, 'name'],
    ]);
    expect(changedPaths({ personIds: [3, 4] })).toEqual([
      ['personIds', 0],
      ['personIds', 1],
    ]);
  });

  it('counts an empty array or object as one value', () => {
    expect(changedPaths({ personIds: [] })).toEqual([['personIds']]);
    expect(changedPaths({ region: {} })).toEqual([['region']]);
    expect(changedPaths({})).toEqual([]);
  });

  it('does not walk into class instances such as a dayjs or a File', () => {
    expect(changedPaths({ birthDate: dayjs('2020-01-02') })).toEqual([['birthDate']]);
    expect(changedPaths({ photo: new File(['x'], 'a.jpg') })).toEqual([['photo']]);
    expect(changedPaths({ rows: [undefined, { when: new Date(0) }] })).toEqual([
      ['rows', 1, 'when'],
    ]);
  });
});

describe('clearErrorsOnChange', () => {
  type Field = { name: (string | number)[]; errors: string[] };

  function fakeForm(fields: Field[]) {
    const cleared: (string | number)[][] = [];
    const form = {
      getFieldsError: () => fields.map((f) => ({ ...f, warnings: [] })),
      setFields: (data: { name: unknown; errors?: string[] }[]) => {
        for (const d of data) {
          cleared.push(d.name as (string | number)[]);
        }
      },
    } as Pick<FormInstance, 'getFieldsError' | 'setFields'>;
    return { form, cleared };
  }

  const fields: Field[] = [
    { name: ['title'], errors: ['required'] },
    { name: ['quote'], errors: ['too long'] },
    { name: ['items', 0, 'amountFen'], errors: ['bad'] },
    { name: ['items', 1, 'amountFen'], errors: ['bad'] },
    { name: ['items', 1, 'name'], errors: [] },
    { name: ['personIds'], errors: ['pick one'] },
  ];

  it('clears only the changed fields that have errors', () => {
    const { form, cleared } = fakeForm(fields);
    clearErrorsOnChange(form)({ title: 'x' });
    expect(cleared).toEqual([['title']]);
  });

  it('clears a Form.List row field when its nested value changes', () => {
    const { form, cleared } = fakeForm(fields);
    const items: unknown[] = [];
    items[1] = { amountFen: 5 };
    clearErrorsOnChange(form)({ items });
    expect(cleared).toEqual([['items', 1, 'amountFen']]);
  });

  it('clears an array-valued field, even when it becomes empty', () => {
    const a = fakeForm(fields);
    clearErrorsOnChange(a.form)({ personIds: [2] });
    expect(a.cleared).toEqual([['personIds']]);
    const b = fakeForm(fields);
    clearErrorsOnChange(b.form)({ personIds: [] });
    expect(b.cleared).toEqual([['personIds']]);
  });

  it('does nothing when no changed field has an error', () => {
    const { form, cleared } = fakeForm(fields);
    clearErrorsOnChange(form)({ notes: 'x' });
    expect(cleared).toEqual([]);
  });
});
