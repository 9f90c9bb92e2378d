/** ISO dates (YYYY-MM-DD) and "today" in the program's time zone. */

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** The program's time zone unless configured. */
export const TIME_ZONE_DEFAULT = 'Asia/Shanghai';

let programZone = TIME_ZONE_DEFAULT;

/** Set the program's time zone once at start-up (BANGFU_TIME_ZONE, checked by the config). */
export function setProgramTimeZone(zone: string): void {
  programZone = zone;
}

/** The program's time zone: Asia/Shanghai unless configured. */
export function programTimeZone(): string {
  return programZone;
}

/** Whether a time zone name is one the runtime knows (e.g. Asia/Shanghai, Asia/Urumqi). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Today in the program's zone; the bound for birth dates and event dates. */
export function today(): string {
  return todayIn(programZone);
}

/** Per zone: its formatter (building one is slow) and the last minute formatted with it. */
const zones = new Map<string, { format: Intl.DateTimeFormat; minute: number; day: string }>();

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // Offsets are whole minutes, so the date holds for the whole minute: format once per minute,
  // not once per call (the roster import asks for every row).
  const minute = Math.floor(now.getTime() / 60_000);
  let zone = zones.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zone = { format, minute: Number.NaN, day: '' };
    zones.set(timeZone, zone);
  }
  if (zone.minute !== minute) {
    zone.minute = minute;
    zone.day = zone.format.format(now);
  }
  return zone.day;
}

/** The offset of a time zone from UTC at an instant, in minutes (e.g. +480 for Asia/Shanghai). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant (ISO-8601 UTC) a day begins in a time zone: 2026-03-01 in Asia/Shanghai → 2026-02-28T16:00:00.000Z. */
export function dayStartIso(date: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  const offset = zoneOffsetMinutes(timeZone, new Date(midnightUtc));
  return new Date(midnightUtc - offset * 60_000).toISOString();
}

/** The day after an ISO date. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
