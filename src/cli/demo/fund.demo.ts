/** Demo records of the fund feature: a year of realistic work shaped like the source article. */
import type { DemoContext } from './context.js';

// eslint-disable-next-line @typescript-eslint/require-await
export async function seedFund(_ctx: DemoContext): Promise<void> {
  // filled in with the feature
}
