/** Download the work brief: fetch the .docx, keep it as a blob URL, and save it through a link. */
import type { BriefQuery } from '../../../../src/domain/reports/brief.schema';
import { ApiError, qs, type FieldError } from '../../api';

export interface BriefFile {
  readonly name: string;
  /** An object URL of the file; revoke it when a newer one replaces it. */
  readonly url: string;
  readonly bytes: number;
}

/** The file name the server gave (RFC 5987 filename*), or a plain one. */
function fileNameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

async function errorOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as {
    error?: { code: string; message: string; fields?: FieldError[] };
  } | null;
  return new ApiError(
    res.status,
    body?.error?.code ?? 'internal',
    body?.error?.message ?? (res.statusText || `HTTP ${res.status}`),
    body?.error?.fields ?? [],
  );
}

/** Fetch the brief; throws ApiError (with the server's field errors) when it is refused. */
export async function fetchBrief(query: BriefQuery, language: string): Promise<BriefFile> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/reports/brief${qs({ ...query })}`, {
      credentials: 'same-origin',
      headers: { 'accept-language': language },
    });
  } catch {
    throw new ApiError(0, 'network', 'network', []);
  }
  if (!res.ok) {
    throw await errorOf(res);
  }
  const blob = await res.blob();
  return {
    name: fileNameOf(res, `brief-${query.from}-${query.to}.docx`),
    url: URL.createObjectURL(blob),
    bytes: blob.size,
  };
}

/** Save a fetched file through a temporary link. */
export function saveFile(file: BriefFile): void {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
}
