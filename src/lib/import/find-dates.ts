// Dates as submissions write them: 2016-8-30, 2016-08-30 10:49:00, 2016/8/30, 2016.8.30, 2023年7月19日,
// 二〇二三年七月十九日, and month-only forms (2023年7月, 二〇二三年七月).
import { toPlainDate, type PlainDate } from '../dates';

export interface FoundDate {
  /** YYYY-MM-DD; for a month-only date the first of the month. */
  date: PlainDate;
  /** 'month' when the text names only a year and month. */
  precision: 'day' | 'month';
  /** The text as written, including a time of day if one follows. */
  text: string;
  index: number;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十九 → 19, 二十一 → 21, 七 → 7, 三十 → 30; Arabic digits pass through. */
export function chineseNumber(text: string): number | null {
  const t = text.normalize('NFKC');
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[〇○零Ｏ一二三四五六七八九十]+$/u.test(text)) return null;
  const ten = text.indexOf('十');
  if (ten < 0) return [...text].reduce((n, ch) => n * 10 + (CN_DIGITS[ch] ?? 0), 0);
  const tens = ten === 0 ? 1 : (CN_DIGITS[text[ten - 1]!] ?? NaN);
  const unit = text.slice(ten + 1);
  const units = unit ? (CN_DIGITS[unit] ?? NaN) : 0;
  const n = tens * 10 + units;
  return Number.isFinite(n) ? n : null;
}

/** 二〇二三 → 2023 (digit by digit). */
function chineseYear(text: string): number | null {
  const t = text.normalize('NFKC');
  if (/^\d{4}$/.test(t)) return Number(t);
  const digits = [...text].map((ch) => CN_DIGITS[ch]);
  return digits.length === 4 && digits.every((d) => d !== undefined) ? Number(digits.join('')) : null;
}

const D = '[0-9０-９]';
const CN = '[〇○零ＯO一二三四五六七八九十]';
const TIME = String.raw`(?:\s*(?:[T\s]?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?))?`;

const PATTERNS: RegExp[] = [
  // 2016-8-30, 2016-08-30 10:49:00, 2016/8/30, 2016.8.30
  new RegExp(String.raw`(?<![\d.])(${D}{4})\s*[-/.．]\s*(${D}{1,2})\s*[-/.．]\s*(${D}{1,2})(?![\d])${TIME}`, 'gu'),
  // 2023年7月19日 (also 2023 年 7 月 19 日), optionally without 日
  new RegExp(String.raw`(${D}{4})\s*年\s*(${D}{1,2})\s*月\s*(?:(${D}{1,2})\s*[日号])?${TIME}`, 'gu'),
  // 二〇二三年七月十九日, 二〇二三年七月
  new RegExp(String.raw`(${CN}{4})\s*年\s*(${CN}{1,2})\s*月\s*(?:(${CN}{1,3})\s*[日号])?`, 'gu'),
];

function toDate(y: string, m: string, d: string | undefined): { date: PlainDate; precision: 'day' | 'month' } | null {
  const year = chineseYear(y);
  const month = chineseNumber(m);
  const day = d === undefined ? 1 : chineseNumber(d);
  if (year === null || month === null || day === null || year < 1949 || year > 2100) return null;
  const date = toPlainDate(`${year}-${month}-${day}`);
  return date ? { date, precision: d === undefined ? 'month' : 'day' } : null;
}

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const parsed = toDate(m[1]!, m[2]!, m[3]);
      if (parsed) found.push({ ...parsed, text: m[0].trim(), index: m.index });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // The numeric pattern and the 年月日 pattern never overlap, but be safe.
  return found.filter((f, i) => i === 0 || f.index >= found[i - 1]!.index + found[i - 1]!.text.length);
}

/** A date in a file name: 2023-07-19东塘…, 20230719_…, 2023.7.19 … */
export function dateFromFileName(name: string): PlainDate | null {
  const compact = /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/.exec(name);
  if (compact) return toPlainDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const found = findDates(name).find((f) => f.precision === 'day');
  return found?.date ?? null;
}
