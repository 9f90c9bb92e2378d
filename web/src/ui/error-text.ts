/** The text of an error for a toast; kept apart from void-confirm so light pages need no Input. */
import { ApiError } from '../api';

/** The text of an error for a message toast. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.fields.length > 0
      ? `${error.message}：${error.fields.map((f) => f.message).join('；')}`
      : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
