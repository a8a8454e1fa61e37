// Detectors for text that a human has to look at: mojibake, truncation, leftover HTML, Traditional characters.
// Shared by the importer (which flags submissions) and the content check (which flags entries). Plain TypeScript.
import * as OpenCC from 'opencc-js';
import { openccFoldTable } from '../search/fold-table';

export interface TextFinding {
  /** UTF-16 index of the finding in the text. */
  index: number;
  /** What was found, as it appears. */
  match: string;
  /** A few characters around it, for the report. */
  context: string;
}

const HAN = '\\p{Script=Han}';

function contextAt(text: string, index: number, length: number, radius = 8): string {
  const start = Math.max(0, index - radius);
  const end = Math.min(text.length, index + length + radius);
  return (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '');
}

function findAll(text: string, pattern: RegExp, group = 0): TextFinding[] {
  const found: TextFinding[] = [];
  for (const m of text.matchAll(pattern)) {
    const match = m[group] ?? m[0];
    const index = m.index + (group ? m[0].indexOf(match) : 0);
    found.push({ index, match, context: contextAt(text, index, match.length) });
  }
  return found;
}

export type MojibakeKind = 'replacement' | 'question-marks' | 'utf8-as-gbk' | 'latin1';

export interface MojibakeFinding extends TextFinding {
  kind: MojibakeKind;
}

export const MOJIBAKE_LABELS: Record<MojibakeKind, string> = {
  replacement: '乱码符号 �（文字在别处已按错误编码读过，原字已丢失）',
  'question-marks': '汉字中间夹着问号（多半是编码错误把字变成了 ?）',
  'utf8-as-gbk': '“锛銆鈥”一类乱码（UTF-8 文字被当成 GBK 读取）',
  latin1: '西文乱码字符（中文被当成西文编码读取）',
};

/** Question marks that stand where characters were lost: 留守??童, 关工委?开展, ？？？ inside Chinese. */
const QUESTION_RUNS = new RegExp(`(?<=${HAN})\\?+(?=${HAN})|(?<=${HAN}|^)(?:\\?{2,}|[?？]{3,})|(?:\\?{2,}|[?？]{3,})(?=${HAN})`, 'gmu');
/** Characters that only appear when UTF-8 bytes of ，。“” are read as GBK. */
const UTF8_AS_GBK = /[锛銆鈥]/g;
const LATIN1_RUN = /[\u00a1-\u00ff]{4,}/g;

/** Places where the text was evidently decoded with the wrong encoding before it reached us. */
export function findMojibake(text: string): MojibakeFinding[] {
  const found: MojibakeFinding[] = [];
  if (text.includes('\uFFFD')) for (const f of findAll(text, /\uFFFD+/g)) found.push({ ...f, kind: 'replacement' });
  const questions = text.includes('?') || text.includes('？') ? findAll(text, QUESTION_RUNS) : [];
  // Overlapping alternatives can report the same run twice; keep one per position.
  const seen = new Set<number>();
  for (const f of questions) {
    if (seen.has(f.index)) continue;
    seen.add(f.index);
    found.push({ ...f, kind: 'question-marks' });
  }
  const gbk = findAll(text, UTF8_AS_GBK);
  if (gbk.length >= 2) found.push(...gbk.slice(0, 3).map((f) => ({ ...f, kind: 'utf8-as-gbk' as const })));
  if (/[\u00a1-\u00ff]/.test(text)) for (const f of findAll(text, LATIN1_RUN)) found.push({ ...f, kind: 'latin1' });
  return found.sort((a, b) => a.index - b.index);
}

/** Markers that the text stops short of the original: （未完待续）, 此处省略500字, （略）. */
const TRUNCATION = /[（(【[]\s*未完(?:待续)?\s*[）)】\]]|未完待续|未完(?=\s*$|[。…])|(?:此处|以下|中间|下文)?省略[^\n。，,]{0,8}?字|[（(【]\s*(?:略|下略|以下略|全文略|内容过长[^）)】]*)\s*[）)】]|全文略|以下略/gm;

export function findTruncation(text: string): TextFinding[] {
  return findAll(text, TRUNCATION);
}

/** HTML entities left in text: &nbsp; &ldquo; &#8220; */
export function findEntities(text: string): TextFinding[] {
  return findAll(text, /&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#\d{2,7}|#x[0-9a-fA-F]{2,6});/g);
}

const TAG_NAMES = 'br|p|span|div|font|strong|b|i|em|u|img|a|table|tbody|thead|tr|td|th|section|style|script|o:p|center|h[1-6]|ul|ol|li|sup|sub';
/** HTML tags left in text (lower-case tag names of the kind pasted from web pages and Word). */
export function findHtmlTags(text: string): TextFinding[] {
  return findAll(text, new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>`, 'gi'));
}

let gb2312: Set<string> | undefined;
/** The 6,763 characters of GB 2312, the Simplified standard: none of them counts as Traditional-only. */
function gb2312Characters(): Set<string> {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) bytes.push(lead, trail);
  gb2312 = new Set(new TextDecoder('gb18030').decode(Uint8Array.from(bytes)));
  return gb2312;
}

/**
 * Whether a character is written only in Traditional Chinese: OpenCC converts it to Simplified and it is
 * not itself part of the Simplified standard (so 著, 乾, 於, 么 are not flagged: they are good Simplified too).
 */
export function isTraditionalOnly(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x3400) return false;
  return openccFoldTable().has(cp) && !gb2312Characters().has(ch);
}

export interface TraditionalFinding {
  /** Distinct Traditional-only characters, in order of first appearance. */
  characters: string[];
  count: number;
  /** Index of the first one. */
  index: number;
}

export function findTraditional(text: string): TraditionalFinding | null {
  const characters: string[] = [];
  let count = 0;
  let index = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (isTraditionalOnly(ch)) {
      count++;
      if (index < 0) index = i;
      if (!characters.includes(ch)) characters.push(ch);
    }
    if (ch.length === 2) i++;
  }
  return count ? { characters, count, index } : null;
}

let converter: ((text: string) => string) | undefined;

/**
 * Converts Traditional characters to Simplified (OpenCC, with its phrase tables), changing only characters that
 * are Traditional-only: Simplified text around them is left exactly as it was.
 */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const converted = converter(text);
  const table = openccFoldTable();
  const original = [...text];
  const out = [...converted];
  if (out.length !== original.length) {
    return original.map((ch) => (isTraditionalOnly(ch) ? (table.get(ch.codePointAt(0)!) ?? ch) : ch)).join('');
  }
  return original.map((ch, i) => (isTraditionalOnly(ch) ? out[i]! : ch)).join('');
}
