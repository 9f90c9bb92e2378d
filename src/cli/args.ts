/** Command-line arguments are parsed with zod like every other input from outside. */
import type { z } from 'zod';
import { invalid } from '../domain/errors.js';
import { issuesToFields } from '../domain/validation/zod-issues.js';

/** Parse options with a schema. @throws AppError validation naming each bad option */
export function parseArgs<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) {
    throw invalid(issuesToFields(result.error.issues));
  }
  return result.data;
}
