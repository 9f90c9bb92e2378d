/** bangfu report brief: write the work brief (.docx) for a period, region and unit, as the system. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BriefQuery } from '../../domain/reports/brief.schema.js';
import type { Actor } from '../../domain/roles.js';
import { briefFileName, workBriefFile } from '../../server/reports/brief.service.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { withDatabase } from './database.js';

export interface ReportBriefOptions {
  readonly from?: string;
  readonly to?: string;
  readonly scope?: string;
  readonly unit?: string;
  readonly lang?: string;
  readonly out?: string;
}

/** The command line acts with admin rights over the whole program; the audit log says 'cli'. */
const SYSTEM: Actor = { userId: 'cli', role: 'admin', cadreId: null };

/** Validate the options, make the brief and write it; prints where it went. */
export async function reportBrief(io: CliIo, options: ReportBriefOptions): Promise<void> {
  const query = parseArgs(BriefQuery, {
    from: options.from,
    to: options.to,
    ...(options.scope ? { region: options.scope } : {}),
    ...(options.unit ? { unit: options.unit } : {}),
    lang: options.lang ?? io.locale,
  });
  const out = resolve(options.out ?? briefFileName(query));
  const file = await withDatabase(io, (handle, config) =>
    workBriefFile(handle.db, SYSTEM, query, {
      dataDir: config.dataDir,
      auditActor: null,
      ip: 'cli',
    }),
  );
  await writeFile(out, file.bytes);
  const { sections, summary } = file.brief;
  io.out(
    io.say('cli.report.brief_written', {
      file: out,
      figures: summary.length + sections.reduce((n, s) => n + s.figures.length, 0),
      photos: sections.reduce((n, s) => n + s.photos.length, 0),
      quotes: sections.reduce((n, s) => n + s.quotes.length, 0),
    }),
  );
}
