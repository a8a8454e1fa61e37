// A PNG with a fixed palette of at most 256 colours, written directly: for images drawn from a few known colours
// (share cards), where a general quantizer spends most of the time finding a palette we already know.
import { constants, crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

export function hexColour(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/**
 * The palette of an image drawn with flat colours and anti-aliased edges: each listed colour, plus `steps` blends
 * between every foreground and the background it is drawn on (edges of text and shapes).
 */
export function blendPalette(pairs: readonly (readonly [string, string])[], steps = 16): Rgb[] {
  const palette: Rgb[] = [];
  const seen = new Set<string>();
  for (const [fg, bg] of pairs) {
    const f = hexColour(fg);
    const b = hexColour(bg);
    for (let s = 0; s <= steps; s++) {
      const c = [0, 1, 2].map((i) => Math.round(b[i]! + ((f[i]! - b[i]!) * s) / steps)) as unknown as Rgb;
      const key = c.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      palette.push(c);
    }
  }
  if (palette.length > 256) throw new Error(`a PNG palette holds 256 colours, this one has ${palette.length}`);
  return palette;
}

/** Maps colours to their nearest palette entry, remembering every colour it has seen (one byte per 24-bit colour). */
export class PaletteIndex {
  private readonly known = new Uint8Array(1 << 24);
  private readonly seen = new Uint8Array(1 << 21);

  constructor(readonly palette: readonly Rgb[]) {}

  index(r: number, g: number, b: number): number {
    const key = (r << 16) | (g << 8) | b;
    if (this.seen[key >> 3]! & (1 << (key & 7))) return this.known[key]!;
    let best = 0;
    let bestDistance = Infinity;
    this.palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    this.known[key] = best;
    this.seen[key >> 3]! |= 1 << (key & 7);
    return best;
  }
}

function chunk(type: string, data: Uint8Array): Buffer<ArrayBuffer> {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Raw pixels (RGB or RGBA, alpha ignored) as PNG rows of palette indices, each row after its filter byte. */
export function paletteRows(pixels: Uint8Array, width: number, height: number, channels: number, index: PaletteIndex): Buffer {
  if (pixels.length !== width * height * channels) throw new Error(`${pixels.length} bytes are not ${width}×${height}×${channels}`);
  const rows = Buffer.alloc((width + 1) * height);
  let o = 0;
  // Most pixels repeat their left neighbour (flat colour): those skip the look-up.
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    rows[o++] = 0; // filter: none (the usual choice for palette images)
    for (let i = y * width * channels, end = i + width * channels; i < end; i += channels) {
      const rgb = (pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!;
      if (rgb !== last) {
        last = rgb;
        lastIndex = index.index(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!);
      }
      rows[o++] = lastIndex;
    }
  }
  return rows;
}

/** A palette PNG from rows of indices as `paletteRows` makes them. */
export function indexedPng(rows: Uint8Array, width: number, height: number, palette: readonly Rgb[]): Buffer<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    // Run-length deflate: a quarter of the time of the default for about 10% more bytes on flat images.
    chunk('IDAT', deflateSync(rows, { level: 6, strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Encodes raw pixels (RGB or RGBA, alpha ignored) as an 8-bit palette PNG, each pixel its nearest palette colour. */
export function encodeIndexedPng(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
  index: PaletteIndex,
): Buffer<ArrayBuffer> {
  return indexedPng(paletteRows(pixels, width, height, channels, index), width, height, index.palette);
}
