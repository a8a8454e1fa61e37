// Calendar dates as plain 'YYYY-MM-DD' strings: no time zone can shift a Chinese date by a day.

export type PlainDate = string; // 'YYYY-MM-DD'
export type YearMonth = string; // 'YYYY-MM'

const plainDatePattern = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/**
 * Reads a date as editors write it in frontmatter: a YAML date (parsed to a Date at UTC midnight)
 * or a string 2025-11-03 / 2025-11-3. Returns null when it is not a real calendar date.
 */
export function toPlainDate(input: unknown): PlainDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return `${input.getUTCFullYear()}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}`;
  }
  if (typeof input !== 'string') return null;
  const match = plainDatePattern.exec(input.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

export function isYearMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

function parts(date: PlainDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y!, m!, d!];
}

/** 2025-11-03 → 2025年11月3日 */
export function formatChineseDate(date: PlainDate): string {
  const [y, m, d] = parts(date);
  return `${y}年${m}月${d}日`;
}

/** 2025-11 → 2025年11月 */
export function formatYearMonth(ym: YearMonth): string {
  const [y, m] = ym.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A range the way people write it: 2025年7月10日至15日, 2025年7月28日至8月3日. */
export function formatDateRange(start: PlainDate, end?: PlainDate): string {
  if (!end || end === start) return formatChineseDate(start);
  const [y1, m1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (y1 !== y2) return `${formatChineseDate(start)}至${formatChineseDate(end)}`;
  if (m1 !== m2) return `${formatChineseDate(start)}至${m2}月${d2}日`;
  return `${formatChineseDate(start)}至${d2}日`;
}

export function yearOf(date: PlainDate | YearMonth): number {
  return Number(date.slice(0, 4));
}

export function yearMonthOf(date: PlainDate): YearMonth {
  return date.slice(0, 7);
}

/** Newest first; ties broken by a stable key so builds are reproducible. */
export function newestFirst<T>(items: T[], dateOf: (item: T) => PlainDate, keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const byDate = dateOf(b).localeCompare(dateOf(a));
    return byDate !== 0 ? byDate : keyOf(a).localeCompare(keyOf(b));
  });
}

/** ISO 8601 timestamp at midnight China time, for machine-readable dates (<time datetime>, feeds). */
export function toChinaMidnightIso(date: PlainDate): string {
  return `${date}T00:00:00+08:00`;
}

/** Today's date in China, for "future date" checks. */
export function todayInChina(now: Date = new Date()): PlainDate {
  const shifted = new Date(now.getTime() + 8 * 3600 * 1000);
  return toPlainDate(new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate())))!;
}
