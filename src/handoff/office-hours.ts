/**
 * Counselors' working hours (OFFICE_HOURS, OFFICE_TIMEZONE). Outside them the teen is told when a person will
 * read the chat (S7: never promise a callback that cannot be kept); the ticket keeps its place in the queue.
 *
 * Format: `24/7`, or rules separated by `;`, each `<days> <HH:MM-HH:MM>[,<HH:MM-HH:MM>…]`, where days are
 * `Mon`…`Sun`, ranges (`Mon-Fri`) and lists (`Mon,Wed`). Example: `Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30`.
 */

export const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayKey = (typeof DAY_KEYS)[number];

/** One opening interval: minutes after local midnight, `from` inclusive, `to` exclusive. */
export interface Interval {
  from: number;
  to: number;
}

export class OfficeHoursError extends Error {
  override readonly name = 'OfficeHoursError';
}

const DAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

function parseTime(s: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s.trim());
  if (!m) throw new OfficeHoursError(`"${s}" is not a time like 07:30`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[1]) > 24 || Number(m[2]) > 59 || minutes > DAY_MINUTES) throw new OfficeHoursError(`"${s}" is not a time of day`);
  return minutes;
}

function parseDays(s: string): number[] {
  const days = new Set<number>();
  for (const part of s.toLowerCase().split(',')) {
    const [a, b] = part.split('-').map((x) => DAY_INDEX[x.trim()]);
    if (a === undefined || (part.includes('-') && b === undefined)) throw new OfficeHoursError(`"${part}" is not a day (Mon…Sun)`);
    const end = b ?? a;
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === end) break;
    }
  }
  return [...days];
}

/** Parses OFFICE_HOURS into seven lists of intervals (index 0 = Sunday). Throws OfficeHoursError. */
export function parseOfficeHours(spec: string): Interval[][] {
  const week: Interval[][] = Array.from({ length: 7 }, () => []);
  const text = spec.trim();
  if (/^24\/7$/.test(text)) return week.map(() => [{ from: 0, to: DAY_MINUTES }]);
  if (!text) throw new OfficeHoursError('is empty');
  for (const rule of text.split(';').map((r) => r.trim()).filter(Boolean)) {
    const m = /^(\S+)\s+(.+)$/.exec(rule);
    if (!m) throw new OfficeHoursError(`"${rule}" needs days and times, like "Mon-Fri 07:30-17:00"`);
    const days = parseDays(m[1] as string);
    for (const range of (m[2] as string).split(',')) {
      const [from, to] = range.split('-').map(parseTime);
      if (from === undefined || to === undefined || from >= to) throw new OfficeHoursError(`"${range.trim()}" must be a start-end range like 07:30-17:00`);
      for (const d of days) week[d]?.push({ from, to });
    }
  }
  for (const day of week) day.sort((x, y) => x.from - y.from);
  return week;
}

/** Local calendar fields of an instant in a time zone. */
interface Local {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
}

export class OfficeHours {
  private readonly week: Interval[][];
  private readonly fmt: Intl.DateTimeFormat;

  constructor(
    readonly spec: string,
    readonly timeZone: string,
  ) {
    this.week = parseOfficeHours(spec);
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
    });
  }

  /** Open around the clock (no out-of-hours message ever). */
  get always(): boolean {
    return this.week.every((d) => d.length === 1 && d[0]?.from === 0 && d[0].to === DAY_MINUTES);
  }

  /** The opening intervals of each weekday (0 = Sunday), for descriptions. */
  get intervals(): readonly (readonly Interval[])[] {
    return this.week;
  }

  private local(at: Date): Local {
    const parts = Object.fromEntries(this.fmt.formatToParts(at).map((p) => [p.type, p.value]));
    return {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      weekday: DAY_INDEX[String(parts.weekday).toLowerCase()] ?? 0,
      minutes: Number(parts.hour) * 60 + Number(parts.minute),
    };
  }

  isOpen(at: Date): boolean {
    const l = this.local(at);
    return (this.week[l.weekday] ?? []).some((i) => l.minutes >= i.from && l.minutes < i.to);
  }

  /** The next instant the office opens after `at` (or `at` itself when open); undefined when it never opens. */
  nextOpening(at: Date): Date | undefined {
    if (this.isOpen(at)) return at;
    const start = this.local(at);
    for (let offset = 0; offset <= 7; offset += 1) {
      const weekday = (start.weekday + offset) % 7;
      for (const i of this.week[weekday] ?? []) {
        if (offset === 0 && i.from <= start.minutes) continue;
        return this.instantOf(start, offset, i.from, at);
      }
    }
    return undefined;
  }

  /** The UTC instant of local `minutes` on the day `offset` days after `base` (zone offset taken near `ref`). */
  private instantOf(base: Local, offset: number, minutes: number, ref: Date): Date {
    const wall = Date.UTC(base.year, base.month - 1, base.day + offset, 0, minutes);
    const guess = new Date(wall - this.zoneOffsetMs(ref));
    return new Date(wall - this.zoneOffsetMs(guess));
  }

  private zoneOffsetMs(at: Date): number {
    const l = this.local(at);
    const wall = Date.UTC(l.year, l.month - 1, l.day, 0, l.minutes);
    return wall - Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS;
  }

  /** Local date parts of an instant (for "07:30 Thứ 2, 13/01"). */
  localParts(at: Date): { weekday: DayKey; day: number; month: number; time: string } {
    const l = this.local(at);
    const hh = String(Math.floor(l.minutes / 60)).padStart(2, '0');
    const mm = String(l.minutes % 60).padStart(2, '0');
    return { weekday: DAY_KEYS[l.weekday] ?? 'mon', day: l.day, month: l.month, time: `${hh}:${mm}` };
  }
}

/** Checks a time zone name (OFFICE_TIMEZONE). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
