/** What every route plugin receives. */
import type { DbHandle } from '../db/connect.js';

export interface RouteDeps {
  readonly handle: DbHandle;
  /** Where files (photos) live: `$BANGFU_DATA_DIR`. */
  readonly dataDir: string;
}
