/** Download the work brief: fetch the .docx, keep it as a blob URL, and save it through a link. */
import type { BriefQuery } from '../../../../src/domain/reports/brief.schema';
import { qs } from '../../api';
import { fetchFile, saveFile as saveThrough } from '../../ui/download';

export interface BriefFile {
  readonly name: string;
  /** An object URL of the file; revoke it when a newer one replaces it. */
  readonly url: string;
  readonly bytes: number;
}

/** Fetch the brief; throws ApiError (with the server's field errors) when it is refused. */
export async function fetchBrief(query: BriefQuery, language: string): Promise<BriefFile> {
  const file = await fetchFile(
    `/api/v1/reports/brief${qs({ ...query })}`,
    language,
    `brief-${query.from}-${query.to}.docx`,
  );
  return { name: file.name, url: URL.createObjectURL(file.blob), bytes: file.blob.size };
}

/** Save a fetched brief through a temporary link. */
export function saveFile(file: BriefFile): void {
  saveThrough(file.name, file.url);
}
