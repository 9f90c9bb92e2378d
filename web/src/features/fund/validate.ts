/** Validate a fund form with the API's own zod schema, naming each field as the form labels it. */
import type { FormInstance } from 'antd';
import type { z } from 'zod';
import { fieldLabel, translate, type Locale } from '../../../../src/domain/messages/i18n';
import { issuesToFields } from '../../../../src/domain/validation/zod-issues';
import { placeFieldErrors } from '../../ui/forms';

/**
 * Like ui/zod-form's validateWith, but `labels` (by field name, e.g. amountFen → "金额（元）")
 * name the fields in the messages: the API's generic labels ("金额（分）", "姓名") would mislead
 * on these forms, which take 元 and name rules rather than people.
 */
export function validateFund<T extends z.ZodType>(
  form: FormInstance,
  schema: T,
  value: unknown,
  options: { locale: string; labels: Readonly<Record<string, string>> },
): { ok: true; value: z.infer<T> } | { ok: false; banner: string | null } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) {
    return { ok: true, value: result.data };
  }
  const lang: Locale = options.locale === 'en' ? 'en' : 'zh-CN';
  const fields = issuesToFields(result.error.issues).map((f) => {
    const leaf =
      f.path
        .split('.')
        .filter((s) => !/^\d+$/.test(s))
        .at(-1) ?? '';
    const field = options.labels[leaf] ?? fieldLabel(lang, f.path);
    return { path: f.path, message: translate(lang, f.key, { ...f.params, field }) };
  });
  return { ok: false, banner: placeFieldErrors(form, fields) };
}
