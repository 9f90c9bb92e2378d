/** The options of `bangfu demo`, checked before any of the demo's code is loaded. */
import { z } from 'zod';

export const DemoArgs = z.strictObject({
  seed: z.coerce.number().int().min(0).max(2_147_483_647).default(2020),
  households: z.coerce.number().int().min(12).max(100_000).default(1200),
  force: z.boolean().default(false),
  serve: z.boolean().default(false),
});
export type DemoArgs = z.infer<typeof DemoArgs>;
