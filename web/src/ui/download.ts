/** Files the API answers with (exports, the brief, card PDFs): fetch with the UI's language, save. */
import { ApiError, networkError, type FieldError } from '../api';

export interface FetchedFile {
  /** The name the server gave (Content-Disposition, RFC 5987), or the fallback. */
  readonly name: string;
  readonly blob: Blob;
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

/** GET a file; throws ApiError with the server's message (and field errors) when refused. */
export async function fetchFile(
  url: string,
  language: string,
  fallback: string,
): Promise<FetchedFile> {
  let res: Response;
  try {
    res = await fetch(url, {
      credentials: 'same-origin',
      headers: { 'accept-language': language },
    });
  } catch {
    throw networkError();
  }
  if (!res.ok) {
    throw await errorOf(res);
  }
  return { name: fileNameOf(res, fallback), blob: await res.blob() };
}

/** Save a file through a temporary link; `url` when the caller already holds an object URL. */
export function saveFile(name: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Save a fetched file, and let its object URL go once the browser has it. */
export function saveFetched(file: FetchedFile): void {
  const url = URL.createObjectURL(file.blob);
  saveFile(file.name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
