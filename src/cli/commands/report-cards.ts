/** bangfu report cards: a village's household cards (帮扶明白卡) as one PDF, as the operator. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { zRegionCode } from '../../domain/common.schema.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { withDatabase } from './database.js';

export const ReportCardsArgs = z.object({
  village: zRegionCode,
  baseUrl: z
    .string({ message: 'field.base_url' })
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'field.base_url' }),
  out: z.string().trim().min(1).optional(),
});
export type ReportCardsArgs = z.infer<typeof ReportCardsArgs>;

/** Validate the options, print the cards of every household of the village and write the PDF. */
export async function reportCards(io: CliIo, options: Record<string, unknown>): Promise<void> {
  const args = parseArgs(ReportCardsArgs, options);
  // The services load pdfmake and the fonts: only when the command runs.
  const { villageCardsPdf } = await import('../../server/cards/village-cards.service.js');
  const file = await withDatabase(io, (handle) =>
    villageCardsPdf(handle.db, null, args.village, {
      baseUrl: args.baseUrl,
      locale: io.locale,
      ip: 'cli',
    }),
  );
  const out = resolve(args.out ?? file.fileName);
  await writeFile(out, file.pdf);
  io.out(io.say('cli.report_cards.written', { count: file.count, file: out }));
}
