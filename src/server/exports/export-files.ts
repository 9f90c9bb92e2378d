/** File downloads: names (an ASCII fallback and the real name in RFC 5987 filename*) and their OpenAPI answers. */
import { z } from 'zod';

/** A Content-Disposition header for an attachment named `name`. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The OpenAPI response of a file download: its media types and a binary body. */
export function fileResponse(description: string, mediaTypes: readonly string[]) {
  const binary = z.unknown().describe('The file (binary)');
  return {
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: binary }])),
  };
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
