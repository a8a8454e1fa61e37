// Drawing primitives for the demo images: colours, compact SVG numbers, text labels that fit, stars.
import { escapeHtml } from '../../../src/lib/html';
export function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
export function mix(a: string, b: string, t: number): string {
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  const c = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${c(r1, r2)}${c(g1, g2)}${c(b1, b2)}`;
}
export const shade = (c: string, t: number) => mix(c, '#000000', t);
export const tint = (c: string, t: number) => mix(c, '#ffffff', t);

/** Round for compact SVG. */
export const n = (x: number) => (Math.round(x * 10) / 10).toString();

export const FONT = `'Noto Sans CJK SC', 'Noto Sans SC', sans-serif`;

/** Approximate advance width of a string in em (CJK = 1, Latin ≈ 0.55, space = 0.35). */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += ch === ' ' ? 0.35 : /[\u0000-\u00ff]/.test(ch) ? 0.58 : 1;
  return em;
}

export function label(
  text: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  opts: { weight?: number; anchor?: 'start' | 'middle' | 'end'; spacing?: number; extra?: string } = {},
): string {
  const { weight = 700, anchor = 'middle', spacing = 0, extra = '' } = opts;
  // y is the visual centre of the CJK glyphs.
  return `<text x="${n(x)}" y="${n(y + size * 0.36)}" font-family="${FONT}" font-weight="${weight}" font-size="${n(size)}" fill="${fill}" text-anchor="${anchor}"${spacing ? ` letter-spacing="${n(spacing)}"` : ''} ${extra}>${escapeHtml(text)}</text>`;
}

/** Text that fits a box: the font size shrinks for long strings. */
export function fittedLabel(text: string, cx: number, cy: number, maxWidth: number, maxSize: number, fill: string, weight = 700): string {
  const size = Math.min(maxSize, maxWidth / Math.max(1, textEm(text)));
  return label(text, cx, cy, size, fill, { weight });
}

export function star(cx: number, cy: number, r: number, rot = -Math.PI / 2): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? r : r * 0.382;
    const a = rot + (i * Math.PI) / 5;
    pts.push(`${n(cx + rr * Math.cos(a))},${n(cy + rr * Math.sin(a))}`);
  }
  return pts.join(' ');
}
