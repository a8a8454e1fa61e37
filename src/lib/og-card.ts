// A share card (1200×630) for pages without a photo: the title on the site's red, drawn as SVG
// with the system's CJK font (fonts-noto-cjk on Debian), rasterised by sharp at build time and written as a
// palette PNG from the card's own colours (cardPng).
import { escapeHtml } from './html';
import { blendPalette, encodeIndexedPng, PaletteIndex } from './indexed-png';

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

/** Every colour of the card over the colour it is drawn on: the palette is their blends (anti-aliased edges). */
const DRAWN_ON: [keyof typeof COLOURS, keyof typeof COLOURS][] = [
  ['red', 'paper'],
  ['seal', 'red'],
  ['sealText', 'seal'],
  ['white', 'red'],
  ['ink', 'paper'],
  ['footerText', 'footer'],
];

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Breaks a Chinese title into lines of at most `perLine` characters, at most `maxLines` lines. */
export function wrapTitle(title: string, perLine = 15, maxLines = 3): string[] {
  const chars = [...title.trim()];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  if (chars.length > perLine * maxLines) lines[maxLines - 1] = `${[...lines[maxLines - 1]!].slice(0, perLine - 1).join('')}…`;
  return lines;
}

export function cardSvg(input: { title: string; kicker: string; siteName: string; footer: string }): string {
  const lines = wrapTitle(input.title);
  const size = lines.length > 2 ? 60 : 68;
  const font = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
  <rect width="100%" height="100%" fill="${COLOURS.paper}"/>
  <rect width="100%" height="120" fill="${COLOURS.red}"/>
  <circle cx="100" cy="60" r="38" fill="${COLOURS.seal}"/>
  <text x="100" y="75" font-family="${font}" font-size="40" font-weight="700" fill="${COLOURS.sealText}" text-anchor="middle">关</text>
  <text x="160" y="76" font-family="${font}" font-size="40" font-weight="700" fill="${COLOURS.white}">${escapeHtml(input.siteName)}</text>
  <text x="80" y="190" font-family="${font}" font-size="32" fill="${COLOURS.red}" font-weight="700">${escapeHtml(input.kicker)}</text>
  ${lines
    .map(
      (line, i) =>
        `<text x="80" y="${Math.round(220 + size * 1.15 + i * size * 1.3)}" font-family="${font}" font-size="${size}" font-weight="700" fill="${COLOURS.ink}">${escapeHtml(line)}</text>`,
    )
    .join('\n  ')}
  <rect x="0" y="${CARD_HEIGHT - 70}" width="100%" height="70" fill="${COLOURS.footer}"/>
  <text x="80" y="${CARD_HEIGHT - 25}" font-family="${font}" font-size="28" fill="${COLOURS.footerText}">${escapeHtml(input.footer)}</text>
</svg>`;
}

let paletteIndex: PaletteIndex | undefined;

/** The card's pixels (from sharp's raw output) as a PNG of the card's own palette: half the time of a quantizer. */
export function cardPng(pixels: Uint8Array, width: number, height: number, channels: number): Buffer<ArrayBuffer> {
  paletteIndex ??= new PaletteIndex(blendPalette(DRAWN_ON.map(([fg, bg]) => [COLOURS[fg], COLOURS[bg]] as const)));
  return encodeIndexedPng(pixels, width, height, channels, paletteIndex);
}
