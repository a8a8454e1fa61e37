import { describe, expect, it } from 'vitest';
import { readFontMetrics, systemFontMetrics } from '@/lib/font-metrics';

const u16 = (...values: number[]) => Buffer.concat(values.map((v) => Buffer.from([(v >> 8) & 0xff, v & 0xff])));
const u32 = (v: number) => Buffer.from([(v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff]);

/** A font of only the tables the reader needs: A–C by delta, 中 through the glyph array, three long metrics. */
function tinyFont(): Map<string, Buffer> {
  const head = Buffer.alloc(54);
  head.writeUInt16BE(2048, 18);
  const hhea = Buffer.alloc(36);
  hhea.writeUInt16BE(3, 34);
  const hmtx = Buffer.concat([u16(500, 0), u16(600, 0), u16(700, 0), u16(0), u16(0)]);
  // Segments: 65–67 (delta −64), 0x4E2D (via glyphIdArray), 0xFFFF (end).
  const segments = 3;
  const ranges = u16(0, 4, 0); // the second segment's offset points at glyphIdArray[0] from its own slot
  const format4 = Buffer.concat([
    u16(4, 0, 0, segments * 2, 0, 0, 0),
    u16(67, 0x4e2d, 0xffff),
    u16(0),
    u16(65, 0x4e2d, 0xffff),
    u16((0x10000 - 64) & 0xffff, 0, 1),
    ranges,
    u16(4),
  ]);
  format4.writeUInt16BE(format4.length, 2);
  const cmap = Buffer.concat([u16(0, 1), u16(3, 1), u32(12), format4]);
  return new Map([
    ['cmap', cmap],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
  ]);
}

/** The tables as one font (offsets from `base`, the font's place in the file). */
function sfnt(tables: Map<string, Buffer>, base: number): Buffer {
  const directory = Buffer.alloc(12 + tables.size * 16);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tables.size, 4);
  let offset = base + directory.length;
  const bodies: Buffer[] = [];
  [...tables].forEach(([tag, body], i) => {
    directory.write(tag, 12 + i * 16, 'latin1');
    directory.writeUInt32BE(offset, 12 + i * 16 + 8);
    directory.writeUInt32BE(body.length, 12 + i * 16 + 12);
    bodies.push(body);
    offset += body.length;
  });
  return Buffer.concat([directory, ...bodies]);
}

describe('font metrics', () => {
  it('reads advances through a format 4 cmap, the last long metric for the glyphs after it', () => {
    const font = readFontMetrics(sfnt(tinyFont(), 0));
    expect(font.unitsPerEm).toBe(2048);
    expect(['A', 'B', 'C', '中'].map((c) => font.advance(c.codePointAt(0)!))).toEqual([600, 700, 700, 700]);
    expect(font.advance('D'.codePointAt(0)!)).toBeUndefined();
    expect(font.advance(0x1f600)).toBeUndefined();
  });

  it('reads the font asked for in a collection', () => {
    const first = sfnt(new Map([...tinyFont()].map(([tag, body]) => [tag, tag === 'head' ? Buffer.alloc(54) : body])), 20);
    const secondAt = 20 + first.length;
    const ttc = Buffer.concat([
      Buffer.from('ttcf', 'latin1'),
      u32(0x00010000),
      u32(2),
      u32(20),
      u32(secondAt),
      first,
      sfnt(tinyFont(), secondAt),
    ]);
    expect(readFontMetrics(ttc, 1).unitsPerEm).toBe(2048);
    expect(readFontMetrics(ttc, 1).advance(0x41)).toBe(600);
    expect(() => readFontMetrics(ttc, 2)).toThrow(/2 fonts/);
  });

  it("reads the system's Noto Sans CJK SC as fontconfig picks it (fonts-noto-cjk)", () => {
    const bold = systemFontMetrics('Noto Sans CJK SC', true)!;
    const regular = systemFontMetrics('Noto Sans CJK SC', false)!;
    expect(bold.unitsPerEm).toBe(1000);
    expect(bold.advance('关'.codePointAt(0)!)).toBe(1000);
    expect(bold.advance('，'.codePointAt(0)!)).toBe(1000);
    // Latin is proportional, and bold is wider than regular.
    expect(bold.advance(0x41)).toBeLessThan(1000);
    expect(bold.advance(0x41)).toBeGreaterThan(regular.advance(0x41)!);
    expect(bold.advance(0x1f600)).toBeUndefined();
    expect(systemFontMetrics('No Such Family Anywhere', true)).toBeUndefined();
  });
});
