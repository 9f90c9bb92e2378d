/**
 * A compact set of resident ID numbers with the row each was first seen on, so a roster of millions
 * of people can be checked for repeated numbers without keeping millions of strings. A valid
 * 18-character number packs into 42 bits (its region as an index into the regions seen, the birth
 * day, the sequence; the check character is derived), held in typed arrays with the row number:
 * 10 bytes a slot, at most 80 % full. `reserve()` sizes the table once the caller can estimate.
 */

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1900, 0, 1);
const LOAD = 0.8;
const LOW = 4_294_967_296;

export class IdNumberSet {
  private readonly regions = new Map<string, number>();
  private low: Uint32Array;
  /** High bits + 1 (0: empty slot). */
  private high: Uint16Array;
  private rows: Int32Array;
  private count = 0;

  constructor(capacity = 4_096) {
    this.low = new Uint32Array(capacity);
    this.high = new Uint16Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** The 42-bit key of a validated 18-character number. */
  private keyOf(id: string): number {
    const region = id.slice(0, 6);
    const index = this.regions.get(region) ?? this.regions.size;
    this.regions.set(region, index);
    const birth = Date.UTC(
      Number(id.slice(6, 10)),
      Number(id.slice(10, 12)) - 1,
      Number(id.slice(12, 14)),
    );
    const day = Math.round((birth - EPOCH_1900) / DAY_MS) & 0xffff;
    return (index * 65_536 + day) * 1_024 + Number(id.slice(14, 17));
  }

  /** Make room for about `expected` numbers in all (rehashing once, not on every doubling). */
  reserve(expected: number): void {
    const capacity = Math.ceil(expected / LOAD);
    if (capacity > this.low.length) {
      this.rehash(capacity);
    }
  }

  /** The row the number was first seen on, or null after remembering `row` for it. */
  firstSeen(id: string, row: number): number | null {
    if (this.count + 1 > this.low.length * LOAD) {
      this.rehash(Math.ceil(this.low.length * 1.5));
    }
    const key = this.keyOf(id);
    const slot = this.find(key);
    if (this.high[slot] !== 0) {
      return this.rows[slot] ?? 0;
    }
    this.put(slot, key, row);
    this.count += 1;
    return null;
  }

  private find(key: number): number {
    const lo = key % LOW;
    const hi = Math.floor(key / LOW) + 1;
    const capacity = this.low.length;
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0) % capacity;
    while (this.high[slot] !== 0 && (this.high[slot] !== hi || this.low[slot] !== lo)) {
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    return slot;
  }

  private put(slot: number, key: number, row: number): void {
    this.low[slot] = key % LOW;
    this.high[slot] = Math.floor(key / LOW) + 1;
    this.rows[slot] = row;
  }

  private rehash(capacity: number): void {
    const { low, high, rows } = this;
    this.low = new Uint32Array(capacity);
    this.high = new Uint16Array(capacity);
    this.rows = new Int32Array(capacity);
    for (let i = 0; i < low.length; i += 1) {
      const h = high[i] ?? 0;
      if (h !== 0) {
        const key = (h - 1) * LOW + (low[i] ?? 0);
        this.put(this.find(key), key, rows[i] ?? 0);
      }
    }
  }
}
