/** Validate a form with the API's own zod schema and show the same messages the server would. */
import type { FormInstance } from 'antd';
import i18n from 'i18next';
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
  const problems = issuesToFields(result.error.issues);
  // The API's money fields (…Fen) count fen and say so; our forms take 元 and say it in the label.
  const fields = renderFields(lang, problems).map((f, i) =>
    /Fen$/.test(f.path)
      ? {
          path: f.path,
          message: i18n.t(
            problems[i]?.key === 'field.required' ? 'common.moneyRequired' : 'common.moneyYuan',
          ),
        }
      : f,
  );
  return { ok: false, banner: placeFieldErrors(form, fields) };
}
