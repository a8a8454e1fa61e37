import { describe, expect, it } from 'vitest';
import {
  formatChineseDate,
  formatDateRange,
  formatYearMonth,
  isYearMonth,
  newestFirst,
  toChinaMidnightIso,
  todayInChina,
  toPlainDate,
  yearMonthOf,
  yearOf,
} from '@/lib/dates';

describe('toPlainDate: reading the date an editor wrote', () => {
  it('keeps the calendar day of a YAML date (parsed as UTC midnight), whatever the machine time zone', () => {
    expect(toPlainDate(new Date(Date.UTC(2025, 10, 3)))).toBe('2025-11-03');
    expect(toPlainDate(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01');
    expect(toPlainDate(new Date('2024-12-31T00:00:00Z'))).toBe('2024-12-31');
  });

  it('accepts a quoted date written without leading zeros and normalises it', () => {
    expect(toPlainDate('2025-11-3')).toBe('2025-11-03');
    expect(toPlainDate('2025-1-9')).toBe('2025-01-09');
    expect(toPlainDate('2025-11-03')).toBe('2025-11-03');
  });

  it('ignores stray spaces around a date string', () => {
    expect(toPlainDate('  2025-11-03 ')).toBe('2025-11-03');
  });

  it('rejects a day that does not exist in the month, such as 30 February', () => {
    expect(toPlainDate('2025-02-30')).toBeNull();
    expect(toPlainDate('2025-02-29')).toBeNull();
    expect(toPlainDate('2025-04-31')).toBeNull();
    expect(toPlainDate('2025-11-00')).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(toPlainDate('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects a month beyond December or month zero', () => {
    expect(toPlainDate('2025-13-01')).toBeNull();
    expect(toPlainDate('2025-00-10')).toBeNull();
    expect(toPlainDate('2025-13-45')).toBeNull();
  });

  it('rejects other ways of writing a date (slashes, Chinese, with a time, two-digit year)', () => {
    expect(toPlainDate('2025/11/03')).toBeNull();
    expect(toPlainDate('2025年11月3日')).toBeNull();
    expect(toPlainDate('2025-11-03T08:00')).toBeNull();
    expect(toPlainDate('25-11-03')).toBeNull();
    expect(toPlainDate('')).toBeNull();
  });

  it('rejects values that are not dates or strings', () => {
    expect(toPlainDate(20251103)).toBeNull();
    expect(toPlainDate(null)).toBeNull();
    expect(toPlainDate(undefined)).toBeNull();
    expect(toPlainDate(true)).toBeNull();
    expect(toPlainDate({ year: 2025 })).toBeNull();
    expect(toPlainDate(['2025-11-03'])).toBeNull();
  });

  it('rejects an invalid Date object', () => {
    expect(toPlainDate(new Date('not a date'))).toBeNull();
  });
});

describe('formatting dates for readers', () => {
  it('writes a date the Chinese way without leading zeros', () => {
    expect(formatChineseDate('2025-11-03')).toBe('2025年11月3日');
    expect(formatChineseDate('2025-01-20')).toBe('2025年1月20日');
  });

  it('writes a year-month the Chinese way', () => {
    expect(formatYearMonth('2025-11')).toBe('2025年11月');
    expect(formatYearMonth('2025-03')).toBe('2025年3月');
  });

  it('shows a one-day event as a single date, with or without an end date equal to the start', () => {
    expect(formatDateRange('2025-07-10')).toBe('2025年7月10日');
    expect(formatDateRange('2025-07-10', '2025-07-10')).toBe('2025年7月10日');
  });

  it('shortens a range within one month to 至15日', () => {
    expect(formatDateRange('2025-07-10', '2025-07-15')).toBe('2025年7月10日至15日');
  });

  it('shows the end month when a range crosses months', () => {
    expect(formatDateRange('2025-07-28', '2025-08-03')).toBe('2025年7月28日至8月3日');
  });

  it('shows the full end date when a range crosses years', () => {
    expect(formatDateRange('2025-12-29', '2026-01-02')).toBe('2025年12月29日至2026年1月2日');
  });

  it('gives machine-readable midnight in China time', () => {
    expect(toChinaMidnightIso('2025-11-03')).toBe('2025-11-03T00:00:00+08:00');
  });

  it('extracts the year and year-month of a date', () => {
    expect(yearOf('2025-11-03')).toBe(2025);
    expect(yearOf('2024-02')).toBe(2024);
    expect(yearMonthOf('2025-11-03')).toBe('2025-11');
  });
});

describe('newestFirst: list order', () => {
  const item = (id: string, date: string) => ({ id, date });
  const sort = (items: { id: string; date: string }[]) =>
    newestFirst(
      items,
      (i) => i.date,
      (i) => i.id,
    ).map((i) => i.id);

  it('puts the newest entry first', () => {
    expect(sort([item('a', '2025-01-05'), item('b', '2025-11-03'), item('c', '2024-12-31')])).toEqual(['b', 'a', 'c']);
  });

  it('orders entries of the same day by their key, whatever order they were read in', () => {
    const a = item('2025-11-03-a', '2025-11-03');
    const b = item('2025-11-03-b', '2025-11-03');
    const c = item('2025-11-03-c', '2025-11-03');
    const expected = ['2025-11-03-a', '2025-11-03-b', '2025-11-03-c'];
    expect(sort([c, a, b])).toEqual(expected);
    expect(sort([b, c, a])).toEqual(expected);
    expect(sort([a, b, c])).toEqual(expected);
  });

  it('does not reorder the list it was given', () => {
    const list = [item('a', '2024-01-01'), item('b', '2025-01-01')];
    sort(list);
    expect(list.map((i) => i.id)).toEqual(['a', 'b']);
  });
});

describe('todayInChina', () => {
  it('is already the next day in China when it is late evening in UTC', () => {
    expect(todayInChina(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
  });

  it('turns over exactly at midnight Beijing time (16:00 UTC)', () => {
    expect(todayInChina(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(todayInChina(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });

  it('crosses into a new year in China before UTC does', () => {
    expect(todayInChina(new Date('2025-12-31T18:30:00Z'))).toBe('2026-01-01');
  });

  it('is the same day as UTC in the UTC morning', () => {
    expect(todayInChina(new Date('2026-11-21T01:00:00Z'))).toBe('2026-11-21');
  });

  it('returns a plain YYYY-MM-DD date for the current moment', () => {
    expect(todayInChina()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('isYearMonth (bulletin month)', () => {
  it('accepts YYYY-MM for every month', () => {
    expect(isYearMonth('2025-11')).toBe(true);
    expect(isYearMonth('2025-01')).toBe(true);
    expect(isYearMonth('2025-12')).toBe(true);
  });

  it('rejects month 13 and month 00', () => {
    expect(isYearMonth('2025-13')).toBe(false);
    expect(isYearMonth('2025-00')).toBe(false);
  });

  it('rejects a month without its leading zero, a full date, or other formats', () => {
    expect(isYearMonth('2025-3')).toBe(false);
    expect(isYearMonth('2025-11-03')).toBe(false);
    expect(isYearMonth('2025/11')).toBe(false);
    expect(isYearMonth('2025年11月')).toBe(false);
    expect(isYearMonth('')).toBe(false);
  });
});
