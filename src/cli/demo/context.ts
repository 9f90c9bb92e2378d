/** What every demo seeder receives: the database, a seeded random source and the demo's "today". */
import type { Db } from '../../db/connect.js';

export interface DemoContext {
  readonly db: Db;
  /** Deterministic random numbers in [0, 1) from the demo seed: use only this, never Math.random. */
  readonly random: () => number;
  /** The demo's today (ISO date); records span the year before it. */
  readonly today: string;
  /** Data directory (for photo files). */
  readonly dataDir: string;
}

/** mulberry32: a small, fast, seeded generator, so the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
