// A share card (1200×630) for pages without a photo: the title on the site's red, drawn as SVG
// with the system's CJK font (fonts-noto-cjk on Debian), rendered to PNG by sharp at build time.
import { escapeHtml } from './html';

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
  <rect width="100%" height="100%" fill="#fffdf9"/>
  <rect width="100%" height="120" fill="#9e1b1b"/>
  <circle cx="100" cy="60" r="38" fill="#f6d58e"/>
  <text x="100" y="75" font-family="${font}" font-size="40" font-weight="700" fill="#7a1212" text-anchor="middle">关</text>
  <text x="160" y="76" font-family="${font}" font-size="40" font-weight="700" fill="#ffffff">${escapeHtml(input.siteName)}</text>
  <text x="80" y="190" font-family="${font}" font-size="32" fill="#9e1b1b" font-weight="700">${escapeHtml(input.kicker)}</text>
  ${lines
    .map(
      (line, i) =>
        `<text x="80" y="${Math.round(220 + size * 1.15 + i * size * 1.3)}" font-family="${font}" font-size="${size}" font-weight="700" fill="#1b1b1b">${escapeHtml(line)}</text>`,
    )
    .join('\n  ')}
  <rect x="0" y="${CARD_HEIGHT - 70}" width="100%" height="70" fill="#f5f1ea"/>
  <text x="80" y="${CARD_HEIGHT - 25}" font-family="${font}" font-size="28" fill="#4a4a4a">${escapeHtml(input.footer)}</text>
</svg>`;
}
