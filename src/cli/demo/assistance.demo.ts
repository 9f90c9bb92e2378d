/** Demo records of the assistance feature: a year of realistic work shaped like the source article. */
import type { DemoContext } from './context.js';

// eslint-disable-next-line @typescript-eslint/require-await
export async function seedAssistance(_ctx: DemoContext): Promise<void> {
  // filled in with the feature
}
