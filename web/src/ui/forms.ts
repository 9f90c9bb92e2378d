/** Show field errors at their fields in an antd form, and take them away once the field changes. */
import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '../api';

type NamePath = (string | number)[];

function toName(path: string): NamePath {
  return path.split('.').map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
}

/** Put field errors on their fields; errors about a whole list or the body come back as banner text. */
export function placeFieldErrors(form: FormInstance, fields: readonly FieldError[]): string | null {
  const values = form.getFieldsValue(true) as Record<string, unknown>;
  const banner: string[] = [];
  const placed = fields.filter((f) => {
    let node: unknown = values;
    for (const seg of toName(f.path).slice(0, -1)) {
      node =
        node && typeof node === 'object'
          ? (node as Record<string | number, unknown>)[seg]
          : undefined;
    }
    const leaf =
      node && typeof node === 'object'
        ? (node as Record<string | number, unknown>)[toName(f.path).at(-1) ?? '']
        : undefined;
    const onField = node !== undefined && !Array.isArray(leaf);
    if (!onField) {
      banner.push(f.message);
    }
    return onField;
  });
  form.setFields(placed.map((f) => ({ name: toName(f.path), errors: [f.message] })));
  return banner.length > 0 ? banner.join('；') : null;
}

/** Put each field error of an ApiError on its field; returns text for a banner when some did not fit. */
export function showFieldErrors(form: FormInstance, error: unknown): string | null {
  if (!(error instanceof ApiError)) {
    return error instanceof Error ? error.message : String(error);
  }
  if (error.fields.length === 0) {
    return error.message;
  }
  return placeFieldErrors(form, error.fields);
}

/** Only these are walked into; a dayjs, a File or any other class instance is one value. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The name paths of the values in antd's `changed` (a nested partial of the form's values): plain
 * objects and arrays are walked, an empty one is itself a value; a hole or `undefined` in an array
 * (a Form.List row that did not change) is skipped.
 */
export function changedPaths(changed: unknown, path: NamePath = []): NamePath[] {
  const inner = Array.isArray(changed)
    ? (changed as unknown[]).flatMap((v, i) =>
        v === undefined ? [] : changedPaths(v, [...path, i]),
      )
    : isPlainObject(changed)
      ? Object.entries(changed).flatMap(([k, v]) => changedPaths(v, [...path, k]))
      : [];
  return inner.length > 0 || path.length === 0 ? inner : [path];
}

/** One path lies inside the other (or they are equal): the value at one holds the value at the other. */
function overlaps(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.every((seg, i) => i >= b.length || String(seg) === String(b[i]));
}

/**
 * An `onValuesChange` handler that clears the errors of the fields the user just changed. Our forms
 * have no antd `rules`: errors come from zod or the server (`placeFieldErrors`), so antd would
 * never re-validate, and a fixed field would keep its error until the next save. A field is cleared
 * when its value lies in `changed` (a list row's field too) or holds a changed value (an array-valued
 * field such as a Checkbox.Group). Call it inside a form's own `onValuesChange` when it has one.
 */
export function clearErrorsOnChange(
  form: Pick<FormInstance, 'getFieldsError' | 'setFields'>,
): (changed: unknown) => void {
  return (changed) => {
    const paths = changedPaths(changed);
    const stale = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0 && paths.some((p) => overlaps(f.name, p)));
    if (stale.length > 0) {
      form.setFields(stale.map((f) => ({ name: f.name, errors: [] })));
    }
  };
}
