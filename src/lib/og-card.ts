// A share card (1200×630) for pages without a photo: the title on the site's red. The card is described as SVG
// with the system's CJK font (fonts-noto-cjk on Debian). CardPainter draws it fast: the parts every card shares
// and each glyph are rasterised once by librsvg (through sharp), then each card's text is placed glyph by glyph
// by the font's advance widths, straight into a palette PNG. Text that font cannot set is drawn from the whole
// SVG instead, as is every card on a machine without that font.
import sharp from 'sharp';
import { systemFontMetrics, type FontMetrics } from './font-metrics';
import { escapeHtml, stripForbiddenChars } from './html';
import { blendPalette, encodeIndexedPng, hexColour, indexedPng, PaletteIndex, paletteRows } from './indexed-png';

const COLOURS = {
  paper: '#fffdf9',
  red: '#9e1b1b',
  seal: '#f6d58e',
  sealText: '#7a1212',
  white: '#ffffff',
  ink: '#1b1b1b',
  footer: '#f5f1ea',
  footerText: '#4a4a4a',
} as const;
type Colour = keyof typeof COLOURS;

/** Every colour of the card over the colour it is drawn on: the palette is their blends (anti-aliased edges). */
const DRAWN_ON: [Colour, Colour][] = [
  ['red', 'paper'],
  ['seal', 'red'],
  ['sealText', 'seal'],
  ['white', 'red'],
  ['ink', 'paper'],
  ['footerText', 'footer'],
];

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The family the fast painter measures; the SVG lists fallbacks for machines without it. */
const FAMILY = 'Noto Sans CJK SC';
const FONT_STACK = `'${FAMILY}','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif`;

export interface CardText {
  title: string;
  kicker: string;
  siteName: string;
  footer: string;
}

/** One line of text in one style, on a flat colour. */
interface TextRun {
  text: string;
  x: number;
  baseline: number;
  size: number;
  bold: boolean;
  colour: Colour;
  on: Colour;
}

/** As the SVG renderer shows text: without forbidden characters, runs of spaces as one, none at the ends. */
function cleanText(text: string): string {
  return stripForbiddenChars(text)
    .replace(/[ \t\n\r]+/g, ' ')
    .trim();
}

/** Width of a character in ems. Without the font's own figures: CJK and full-width forms 1, the rest about half. */
export type EmWidth = (codePoint: number) => number;

const estimatedEmWidth: EmWidth = (cp) => (cp >= 0x2e80 || cp === 0x2026 || cp === 0x2014 ? 1 : 0.55);

/** Punctuation that may not start a line (it hangs past the margin instead) or end one (it moves down). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}'.split(''));
const NO_LINE_END = new Set('（《「『【〔〈“‘([{'.split(''));

/**
 * Breaks a title into lines no wider than `maxWidth` px at `size` px: between CJK characters, not inside a run of
 * Latin letters or digits, never with closing punctuation at the start of a line (it hangs past the margin) or
 * opening punctuation at its end (it moves down).
 */
function breakLines(title: string, size: number, maxWidth: number, emWidth: EmWidth): string[] {
  const width = (text: string) => [...text].reduce((sum, c) => sum + emWidth(c.codePointAt(0)!) * size, 0);
  // Units that stay whole: a run of Latin letters and digits (with its dots and commas), a space, any other character.
  // A run wider than a whole line (a long web address) is broken anywhere.
  const units = (title.trim().match(/[A-Za-z0-9０-９Ａ-Ｚａ-ｚ]+(?:[.,:][A-Za-z0-9]+)*|\s|[^]/gu) ?? []).flatMap((unit) =>
    width(unit) > maxWidth ? [...unit] : [unit],
  );
  const lines: string[][] = [[]];
  let used = 0;
  for (const unit of units) {
    const line = lines.at(-1)!;
    const w = width(unit);
    if (used + w <= maxWidth || !line.length || (NO_LINE_START.has(unit) && used + w <= maxWidth + size)) {
      line.push(unit);
      used += w;
      continue;
    }
    const next: string[] = [];
    while (line.length > 1 && NO_LINE_END.has(line.at(-1)!)) next.unshift(line.pop()!);
    if (unit.trim()) next.push(unit);
    lines.push(next);
    used = width(next.join(''));
  }
  return lines.map((line) => line.join('').trim()).filter(Boolean);
}

/** As `breakLines`, at most `maxLines` lines; a title that does not fit ends in … . */
export function wrapTitle(title: string, size: number, maxWidth: number, maxLines: number, emWidth: EmWidth = estimatedEmWidth): string[] {
  const lines = breakLines(title, size, maxWidth, emWidth);
  if (lines.length <= maxLines) return lines;
  const width = (chars: string[]) => chars.reduce((sum, c) => sum + emWidth(c.codePointAt(0)!) * size, 0);
  const last = [...lines[maxLines - 1]!];
  while (last.length && width([...last, '…']) > maxWidth) last.pop();
  return [...lines.slice(0, maxLines - 1), `${last.join('').trimEnd()}…`];
}

const TEXT_LEFT = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * TEXT_LEFT;

/** The text that differs from card to card: kicker, title lines, footer. */
function cardTextRuns(input: CardText, fonts: CardFonts | null): TextRun[] {
  const title = cleanText(input.title);
  const emWidth = fonts ? fontEmWidth(fonts.bold) : estimatedEmWidth;
  // As large as two lines allow; smaller when the title needs a third.
  let size = 68;
  let lines = breakLines(title, size, TEXT_WIDTH, emWidth);
  if (lines.length > 2) {
    size = 60;
    lines = wrapTitle(title, size, TEXT_WIDTH, 3, emWidth);
  }
  return [
    { text: cleanText(input.kicker), x: TEXT_LEFT, baseline: 190, size: 32, bold: true, colour: 'red', on: 'paper' },
    ...lines.map((text, i): TextRun => {
      const baseline = Math.round(220 + size * 1.15 + i * size * 1.3);
      return { text, x: TEXT_LEFT, baseline, size, bold: true, colour: 'ink', on: 'paper' };
    }),
    { text: cleanText(input.footer), x: TEXT_LEFT, baseline: CARD_HEIGHT - 25, size: 28, bold: false, colour: 'footerText', on: 'footer' },
  ];
}

const svgOpen = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`;

const textSvg = (run: TextRun) =>
  `<text x="${run.x}" y="${run.baseline}" font-family="${FONT_STACK}" font-size="${run.size}"${run.bold ? ' font-weight="700"' : ''} fill="${COLOURS[run.colour]}">${escapeHtml(run.text)}</text>`;

/** What every card of a site shares: the colours, the red band with the seal and the site's name, the footer band. */
function chromeSvg(siteName: string): string {
  return `  <rect width="100%" height="100%" fill="${COLOURS.paper}"/>
  <rect width="100%" height="120" fill="${COLOURS.red}"/>
  <circle cx="100" cy="60" r="38" fill="${COLOURS.seal}"/>
  <text x="100" y="75" font-family="${FONT_STACK}" font-size="40" font-weight="700" fill="${COLOURS.sealText}" text-anchor="middle">关</text>
  <text x="160" y="76" font-family="${FONT_STACK}" font-size="40" font-weight="700" fill="${COLOURS.white}">${escapeHtml(siteName)}</text>
  <rect x="0" y="${CARD_HEIGHT - 70}" width="100%" height="70" fill="${COLOURS.footer}"/>`;
}

export function cardSvg(input: CardText, fonts = cardFonts()): string {
  const runs = cardTextRuns(input, fonts).filter((run) => run.text);
  return `${svgOpen(CARD_WIDTH, CARD_HEIGHT)}
${chromeSvg(input.siteName)}
  ${runs.map(textSvg).join('\n  ')}
</svg>`;
}

let paletteIndex: PaletteIndex | undefined;
const cardPalette = () =>
  (paletteIndex ??= new PaletteIndex(blendPalette(DRAWN_ON.map(([fg, bg]) => [COLOURS[fg], COLOURS[bg]] as const))));

/** The card's pixels (from sharp's raw output) as a PNG of the card's own palette: half the time of a quantizer. */
export function cardPng(pixels: Uint8Array, width: number, height: number, channels: number): Buffer<ArrayBuffer> {
  return encodeIndexedPng(pixels, width, height, channels, cardPalette());
}

async function svgPixels(svg: string) {
  return sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** The card drawn from its whole SVG by librsvg (10–20 ms a card): the way for text the painter cannot set. */
export async function drawCardFromSvg(input: CardText, fonts = cardFonts()): Promise<Buffer<ArrayBuffer>> {
  const { data, info } = await svgPixels(cardSvg(input, fonts));
  return cardPng(data, info.width, info.height, info.channels);
}

/** A glyph's coverage (0–255) in its ink box, placed relative to the pen on the baseline. */
interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** For one colour on one background: coverage → palette index, and palette index → the coverage it stands for. */
interface InkTable {
  indexOf: Uint8Array;
  coverageOf: Int16Array;
}

const styleKey = (size: number, bold: boolean) => `${size}${bold ? 'b' : ''}`;

/** Draws cards by placing pre-rendered glyphs; keeps the shared parts and every glyph it has drawn. */
export class CardPainter {
  private chrome: Promise<Uint8Array> | undefined;
  private readonly glyphs = new Map<string, Map<number, GlyphMask>>();
  private readonly inks = new Map<string, InkTable>();

  constructor(
    private readonly siteName: string,
    private readonly fonts: CardFonts | null = cardFonts(),
  ) {}

  /** The card as a palette PNG. */
  async draw(input: Omit<CardText, 'siteName'>): Promise<Buffer<ArrayBuffer>> {
    const text = { ...input, siteName: this.siteName };
    const fonts = this.fonts;
    const runs = cardTextRuns(text, fonts);
    if (
      !fonts ||
      !runs.every((run) => [...run.text].every((c) => (run.bold ? fonts.bold : fonts.regular).advance(c.codePointAt(0)!) !== undefined))
    )
      return drawCardFromSvg(text, fonts);
    const rows = Buffer.from(await (this.chrome ??= this.drawChrome()));
    for (const run of runs) await this.place(run, rows, run.bold ? fonts.bold : fonts.regular);
    return indexedPng(rows, CARD_WIDTH, CARD_HEIGHT, cardPalette().palette);
  }

  private async drawChrome(): Promise<Uint8Array> {
    const { data, info } = await svgPixels(`${svgOpen(CARD_WIDTH, CARD_HEIGHT)}\n${chromeSvg(this.siteName)}\n</svg>`);
    return paletteRows(data, info.width, info.height, info.channels, cardPalette());
  }

  private async place(run: TextRun, rows: Buffer, font: FontMetrics) {
    const codePoints = [...run.text].map((c) => c.codePointAt(0)!);
    const masks = await this.masks(run.size, run.bold, codePoints);
    const ink = this.ink(run.colour, run.on);
    const stride = CARD_WIDTH + 1;
    let pen = run.x;
    for (const cp of codePoints) {
      const mask = masks.get(cp)!;
      const x0 = Math.round(pen) + mask.left;
      const y0 = run.baseline + mask.top;
      for (let y = Math.max(0, -y0); y < mask.height && y0 + y < CARD_HEIGHT; y++) {
        const row = (y0 + y) * stride + 1;
        for (let x = Math.max(0, -x0); x < mask.width && x0 + x < CARD_WIDTH; x++) {
          const coverage = mask.coverage[y * mask.width + x]!;
          // Neighbouring glyphs can share an edge pixel: it keeps the darker of the two.
          if (coverage > ink.coverageOf[rows[row + x0 + x]!]!) rows[row + x0 + x] = ink.indexOf[coverage]!;
        }
      }
      pen += (font.advance(cp)! * run.size) / font.unitsPerEm;
    }
  }

  private ink(colour: Colour, on: Colour): InkTable {
    const key = `${colour}/${on}`;
    let table = this.inks.get(key);
    if (!table) {
      const [f, b] = [hexColour(COLOURS[colour]), hexColour(COLOURS[on])];
      const palette = cardPalette();
      table = { indexOf: new Uint8Array(256), coverageOf: new Int16Array(256).fill(-1) };
      for (let coverage = 0; coverage < 256; coverage++) {
        const [r, g, bl] = [0, 1, 2].map((i) => Math.round(b[i]! + ((f[i]! - b[i]!) * coverage) / 255)) as [number, number, number];
        const index = palette.index(r, g, bl);
        table.indexOf[coverage] = index;
        if (table.coverageOf[index]! < coverage) table.coverageOf[index] = coverage;
      }
      this.inks.set(key, table);
    }
    return table;
  }

  /** The masks of these characters in one style; those not seen yet are rendered together in one SVG. */
  private async masks(size: number, bold: boolean, codePoints: number[]): Promise<Map<number, GlyphMask>> {
    const key = styleKey(size, bold);
    let masks = this.glyphs.get(key);
    if (!masks) this.glyphs.set(key, (masks = new Map()));
    const missing = [...new Set(codePoints)].filter((cp) => !masks.has(cp));
    if (missing.length) for (const [cp, mask] of await renderGlyphs(size, bold, missing)) masks.set(cp, mask);
    return masks;
  }
}

/** Renders glyphs in a grid of cells, white on transparent (alpha = coverage), and cuts each to its ink. */
async function renderGlyphs(size: number, bold: boolean, codePoints: number[]): Promise<Map<number, GlyphMask>> {
  // A cell leaves room for ink left of the pen, above the ascent and past the advance (italics, dashes).
  const [cellWidth, cellHeight, penX, baseline] = [
    Math.ceil(size * 2),
    Math.ceil(size * 1.8),
    Math.ceil(size * 0.5),
    Math.ceil(size * 1.3),
  ];
  const perRow = 16;
  const rows = Math.ceil(codePoints.length / perRow);
  const width = cellWidth * Math.min(perRow, codePoints.length);
  const height = cellHeight * rows;
  const cellAt = (i: number) => [(i % perRow) * cellWidth, Math.floor(i / perRow) * cellHeight] as const;
  const cells = codePoints.map((cp, i) => {
    const [cx, cy] = cellAt(i);
    return `<text x="${cx + penX}" y="${cy + baseline}">${escapeHtml(String.fromCodePoint(cp))}</text>`;
  });
  const svg = `${svgOpen(width, height)}<g font-family="${FONT_STACK}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="#fff">${cells.join('')}</g></svg>`;
  const alpha = await sharp(Buffer.from(svg)).ensureAlpha().extractChannel(3).raw().toBuffer();
  const masks = new Map<number, GlyphMask>();
  codePoints.forEach((cp, i) => {
    const [cx, cy] = cellAt(i);
    let [x1, y1, x2, y2] = [cellWidth, cellHeight, -1, -1];
    for (let y = 0; y < cellHeight; y++)
      for (let x = 0; x < cellWidth; x++)
        if (alpha[(cy + y) * width + cx + x]) [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
    if (x2 < 0) {
      masks.set(cp, { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) });
      return;
    }
    const [w, h] = [x2 - x1 + 1, y2 - y1 + 1];
    const coverage = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) coverage.set(alpha.subarray((cy + y1 + y) * width + cx + x1, (cy + y1 + y) * width + cx + x1 + w), y * w);
    masks.set(cp, { left: x1 - penX, top: y1 - baseline, width: w, height: h, coverage });
  });
  return masks;
}

interface CardFonts {
  bold: FontMetrics;
  regular: FontMetrics;
}

let systemFonts: CardFonts | null | undefined;

/** The card fonts as fontconfig gives them to librsvg, when that is the measured family (read once); else null. */
function cardFonts(): CardFonts | null {
  if (systemFonts === undefined) {
    const bold = systemFontMetrics(FAMILY, true);
    const regular = systemFontMetrics(FAMILY, false);
    systemFonts = bold && regular ? { bold, regular } : null;
  }
  return systemFonts;
}

/** A font's widths in ems; a character it lacks (drawn by a fallback font) is estimated. */
function fontEmWidth(font: FontMetrics): EmWidth {
  return (cp) => {
    const advance = font.advance(cp);
    return advance === undefined ? estimatedEmWidth(cp) : advance / font.unitsPerEm;
  };
}
