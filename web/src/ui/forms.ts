/** Show the server's field errors at their fields in an antd form. */
import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '../api';

function toName(path: string): (string | number)[] {
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
