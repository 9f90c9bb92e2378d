/** Demo records of the industry feature: a year of realistic work shaped like the source article. */
import type { DemoContext } from './context.js';

// eslint-disable-next-line @typescript-eslint/require-await
export async function seedIndustry(_ctx: DemoContext): Promise<void> {
  // filled in with the feature
}
