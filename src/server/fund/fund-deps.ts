/** What the fund services need: the database and a clock (the demo back-dates its records). */
import { today } from '../../domain/common.schema.js';
import type { Db } from '../../db/connect.js';
import { nowIso } from '../../db/ids.js';

export interface Clock {
  /** The current instant, ISO-8601 UTC. */
  now(): string;
  /** Today's date in the program's zone, YYYY-MM-DD. */
  today(): string;
}

export const systemClock: Clock = { now: nowIso, today };

export interface FundDeps {
  readonly db: Db;
  readonly clock: Clock;
}
