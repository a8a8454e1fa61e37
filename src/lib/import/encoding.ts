// Decoding text files as they arrive: UTF-8 (with or without BOM), UTF-16 (with or without BOM), GB18030/GBK, Big5.
// Node's TextDecoder (full ICU) knows all of them; only the choice needs care.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Whether a byte-order mark was present (and removed). */
  bom: boolean;
}

function decode(bytes: Uint8Array, encoding: TextEncoding, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: most ASCII characters (spaces, digits, newlines) leave a zero byte on one side. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Characters a Chinese text is made of: CJK, its punctuation, full-width forms, ASCII, line breaks. */
const PLAUSIBLE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027\u0020-\u007e\r\n\t\u00b7\u2160-\u216b\u25a0-\u25ff]/u;

/**
 * UTF-16 without a BOM whose text is nearly all Chinese (so few zero bytes to go by): it decodes to ordinary
 * CJK text in one byte order, and has a line break (0A 00 or 00 0A) on a character boundary. GBK read as UTF-16
 * lands in Hangul and private-use code points instead.
 */
function plausibleUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8 || bytes.length % 2) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  for (const order of ['utf-16le', 'utf-16be'] as const) {
    const text = decode(sample, order, false) ?? '';
    const chars = [...text];
    const good = chars.filter((ch) => PLAUSIBLE.test(ch)).length;
    if (chars.length && good / chars.length >= 0.97 && text.includes('\n')) return order;
  }
  return null;
}

/**
 * Share of two-byte sequences that fall inside GB 2312 (both bytes 0xA1–0xFE). Simplified text saved as GBK is
 * almost all GB 2312; Big5 text has many second bytes in 0x40–0x7E, which GB 2312 never uses.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let inside = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    pairs++;
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) inside++;
    i++;
  }
  return pairs ? inside / pairs : 1;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode(bytes.subarray(3), 'utf-8', false)!, encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode(bytes.subarray(2), 'utf-16le', false)!, encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode(bytes.subarray(2), 'utf-16be', false)!, encoding: 'utf-16be', bom: true };

  const utf16 = utf16Order(bytes);
  if (utf16) return { text: decode(bytes, utf16, false)!, encoding: utf16, bom: false };

  const utf8 = decode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };

  const plain = plausibleUtf16(bytes);
  if (plain) return { text: decode(bytes, plain, false)!, encoding: plain, bom: false };

  const gb = decode(bytes, 'gb18030', true);
  if (gb !== null && gb2312Share(bytes) >= 0.9) return { text: gb, encoding: 'gb18030', bom: false };
  const big5 = decode(bytes, 'big5', true);
  if (big5 !== null && !big5.includes('\uFFFD')) return { text: big5, encoding: 'big5', bom: false };
  // Whatever is left: GB18030 decodes every byte sequence; broken bytes become � and the importer flags them.
  return { text: gb ?? decode(bytes, 'gb18030', false)!, encoding: 'gb18030', bom: false };
}

export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16（大端）',
  gb18030: 'GBK/GB18030',
  big5: 'Big5（繁体）',
};
