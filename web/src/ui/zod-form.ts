/** Validate a form with the API's own zod schema and show the same messages the server would. */
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { renderFields, type Locale } from '../../../src/domain/messages/i18n';
import { issuesToFields } from '../../../src/domain/validation/zod-issues';
import { placeFieldErrors } from './forms';

/** The parsed value, or null after putting every problem on its field (the rest returned as `banner`). */
export function validateWith<T extends z.ZodType>(
  form: FormInstance,
  schema: T,
  value: unknown,
  locale: string,
): { ok: true; value: z.infer<T> } | { ok: false; banner: string | null } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) {
    return { ok: true, value: result.data };
  }
  const lang: Locale = locale === 'en' ? 'en' : 'zh-CN';
  return {
    ok: false,
    banner: placeFieldErrors(form, renderFields(lang, issuesToFields(result.error.issues))),
  };
}
