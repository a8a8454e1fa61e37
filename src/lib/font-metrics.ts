// Advance widths from an OpenType font (a .otf/.ttf, or one font of a .ttc collection), and which font file
// fontconfig gives for a family: enough to place glyphs the way the SVG renderer (librsvg through fontconfig)
// places them, without shaping. Reads only the tables it needs: head, hhea, hmtx, cmap.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface FontMetrics {
  unitsPerEm: number;
  /** The advance of a character's default glyph in font units, or undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
}

export class FontFormatError extends Error {}

function tableOffsets(bytes: Buffer, fontOffset: number): Map<string, number> {
  const tables = new Map<string, number>();
  const count = bytes.readUInt16BE(fontOffset + 4);
  for (let i = 0; i < count; i++) {
    const record = fontOffset + 12 + i * 16;
    tables.set(bytes.toString('latin1', record, record + 4), bytes.readUInt32BE(record + 8));
  }
  return tables;
}

/** Character → glyph id from the best Unicode subtable: format 12 (all planes) or else format 4 (BMP). */
function glyphLookup(bytes: Buffer, cmap: number): (codePoint: number) => number {
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0, n = bytes.readUInt16BE(cmap + 2); i < n; i++) {
    const record = cmap + 4 + i * 8;
    const platform = bytes.readUInt16BE(record);
    const encoding = bytes.readUInt16BE(record + 2);
    const at = cmap + bytes.readUInt32BE(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: bytes.readUInt16BE(at), at });
  }
  const full = subtables.find((s) => s.format === 12);
  if (full) {
    const groups = bytes.readUInt32BE(full.at + 12);
    return (cp) => {
      let [lo, hi] = [0, groups - 1];
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const group = full.at + 16 + mid * 12;
        if (cp < bytes.readUInt32BE(group)) hi = mid - 1;
        else if (cp > bytes.readUInt32BE(group + 4)) lo = mid + 1;
        else return bytes.readUInt32BE(group + 8) + cp - bytes.readUInt32BE(group);
      }
      return 0;
    };
  }
  const bmp = subtables.find((s) => s.format === 4);
  if (!bmp) throw new FontFormatError('the font has no Unicode cmap of format 12 or 4');
  const segments = bytes.readUInt16BE(bmp.at + 6) / 2;
  const ends = bmp.at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (cp > bytes.readUInt16BE(ends + s * 2)) continue;
      const start = bytes.readUInt16BE(starts + s * 2);
      if (cp < start) return 0;
      const delta = bytes.readUInt16BE(deltas + s * 2);
      const rangeAt = rangeOffsets + s * 2;
      const range = bytes.readUInt16BE(rangeAt);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = bytes.readUInt16BE(rangeAt + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Metrics of font `index` in `bytes` (0 for a single font; the collection's index for a .ttc). */
export function readFontMetrics(bytes: Buffer, index = 0): FontMetrics {
  let fontOffset = 0;
  if (bytes.toString('latin1', 0, 4) === 'ttcf') {
    const fonts = bytes.readUInt32BE(8);
    if (index >= fonts) throw new FontFormatError(`the collection has ${fonts} fonts, not font ${index}`);
    fontOffset = bytes.readUInt32BE(12 + index * 4);
  }
  const tables = tableOffsets(bytes, fontOffset);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const at = tables.get(tag);
    if (at === undefined) throw new FontFormatError(`the font has no ${tag} table`);
    return at;
  }) as [number, number, number, number];
  const unitsPerEm = bytes.readUInt16BE(head + 18);
  const longMetrics = bytes.readUInt16BE(hhea + 34);
  const glyphOf = glyphLookup(bytes, cmap);
  return {
    unitsPerEm,
    advance(codePoint) {
      const glyph = glyphOf(codePoint);
      if (glyph === 0) return undefined;
      return bytes.readUInt16BE(hmtx + Math.min(glyph, longMetrics - 1) * 4);
    },
  };
}

export interface SystemFont {
  file: string;
  index: number;
  family: string;
}

/** The font file fontconfig picks for a family and weight (what librsvg draws with), or undefined without fc-match. */
export function systemFont(family: string, bold: boolean): SystemFont | undefined {
  try {
    const out = execFileSync('fc-match', ['-f', '%{file}\n%{index}\n%{family}', `${family}:weight=${bold ? 200 : 80}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [file, index, families] = out.split('\n');
    if (!file || !index) return undefined;
    return { file, index: Number(index), family: families?.split(',')[0] ?? '' };
  } catch {
    return undefined;
  }
}

/** Metrics of the font fontconfig picks for `family`, if that is really the family (not a fallback). */
export function systemFontMetrics(family: string, bold: boolean): FontMetrics | undefined {
  const font = systemFont(family, bold);
  if (!font || font.family !== family) return undefined;
  try {
    return readFontMetrics(readFileSync(font.file), font.index);
  } catch {
    return undefined;
  }
}
