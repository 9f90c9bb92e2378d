/** Unique resident ID numbers across a region: at most 100 per county, birth date and sex. */
import { composeIdNumber } from '../../src/domain/validation/id-number.js';

const FIRST_DAY = Date.UTC(1920, 0, 1);
const DAY_MS = 86_400_000;
const DAYS = 40_000; // 1920 .. 2029
const PER_SLOT = 100; // composeIdNumber's 2-digit sequence

/** Hands out ID numbers; when a day is full the birth date moves to the next day. */
export class IdAllocator {
  private readonly counts: Uint8Array;
  private readonly countyIndex: Map<string, number>;

  constructor(counties: readonly string[]) {
    this.countyIndex = new Map(counties.map((c, i) => [c, i]));
    this.counts = new Uint8Array(counties.length * DAYS * 2);
  }

  /** An unused ID number for a person of the county; returns the (maybe moved) birth date too. */
  allocate(
    county6: string,
    birthDate: string,
    sex: 'M' | 'F',
  ): { idNumber: string; birthDate: string } {
    const county = this.countyIndex.get(county6);
    if (county === undefined) {
      throw new Error(`unknown county ${county6}`);
    }
    let day = Math.floor((Date.parse(`${birthDate}T00:00:00Z`) - FIRST_DAY) / DAY_MS);
    for (;;) {
      if (day < 0 || day >= DAYS) {
        throw new Error(`birth date out of range: ${birthDate}`);
      }
      const slot = (county * DAYS + day) * 2 + (sex === 'M' ? 1 : 0);
      const used = this.counts[slot] ?? 0;
      if (used < PER_SLOT) {
        this.counts[slot] = used + 1;
        const date = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
        return { idNumber: composeIdNumber(county6, date, used, sex), birthDate: date };
      }
      day += 1;
    }
  }
}
