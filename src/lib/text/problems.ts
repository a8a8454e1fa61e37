// Detectors for text that a human has to look at: mojibake, truncation, leftover HTML (Traditional characters:
// traditional.ts). Shared by the importer (which flags submissions) and the content check (which flags entries).

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
const TRUNCATION =
  /[（(【[]\s*未完(?:待续)?\s*[）)】\]]|未完待续|未完(?=\s*$|[。…])|(?:此处|以下|中间|下文)?省略[^\n。，,]{0,8}?字|[（(【]\s*(?:略|下略|以下略|全文略|内容过长[^）)】]*)\s*[）)】]|全文略|以下略/gm;

export function findTruncation(text: string): TextFinding[] {
  return findAll(text, TRUNCATION);
}

/** HTML entities left in text: &nbsp; &ldquo; &#8220; */
export function findEntities(text: string): TextFinding[] {
  return findAll(text, /&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#\d{2,7}|#x[0-9a-fA-F]{2,6});/g);
}

const TAG_NAMES =
  'br|p|span|div|font|strong|b|i|em|u|img|a|table|tbody|thead|tr|td|th|section|style|script|o:p|center|h[1-6]|ul|ol|li|sup|sub';
/** HTML tags left in text (lower-case tag names of the kind pasted from web pages and Word). */
export function findHtmlTags(text: string): TextFinding[] {
  return findAll(text, new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>`, 'gi'));
}
