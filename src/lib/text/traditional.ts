// Traditional Chinese in Simplified text: which characters are Traditional-only, where they are, and their
// Simplified forms. Shared by the importer (flags and converts submissions), the content check and demo images.
import * as OpenCC from 'opencc-js';
import { openccFoldTable } from '../search/fold-table';

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
let wholeConverter: ((text: string) => string) | undefined;

// Traditional writes 著 for both zhù (著名, 显著) and zhe/zháo/zhuó (带著, 著急, 穿著); Simplified writes the
// latter 着. OpenCC leaves 著 alone, so a text written in Traditional would keep 带著. The words where 著 stays:
const ZHU_BEFORE = new Set([...'显顯卓昭名原专專巨论論遗遺译譯合新拙撰编編土']);
const ZHU_AFTER = new Set([...'名作称稱述录錄书書者文有']);

/** 著 → 着 in a text converted from Traditional, except in the words where it is read zhù (著名, 显著, 名著…). */
export function simplifyZhe(text: string): string {
  return text.replace(/著/g, (ch, i: number) => (ZHU_BEFORE.has(text[i - 1] ?? '') || ZHU_AFTER.has(text[i + 1] ?? '') ? ch : '着'));
}

/** A text written in Traditional, converted whole (OpenCC with its phrase tables, then 著 → 着 where it means zhe). */
export function traditionalToSimplified(text: string): string {
  wholeConverter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return simplifyZhe(wholeConverter(text));
}

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
