// Buildings: the school, the village hall, the community centre and rural houses.
import { label, n, shade, tint } from './draw';
import { Rng } from './rng';
import { type Palette } from './subject';
export interface Building {
  svg: string;
  /** Good place for a banner on the facade. */
  slot: { x: number; y: number; w: number; h: number };
  flagX: number | null;
}

export function windowsGrid(
  x: number,
  y: number,
  w: number,
  h: number,
  cols: number,
  rows: number,
  glass: string,
  frame: string,
  rng: Rng,
): string {
  const p: string[] = [];
  const cw = w / cols;
  const rh = h / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const wx = x + c * cw + cw * 0.18;
      const wy = y + r * rh + rh * 0.2;
      const ww = cw * 0.64;
      const wh = rh * 0.55;
      p.push(`<rect x="${n(wx - 3)}" y="${n(wy - 3)}" width="${n(ww + 6)}" height="${n(wh + 6)}" fill="${frame}"/>`);
      p.push(`<rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(wh)}" fill="${rng.chance(0.2) ? tint(glass, 0.25) : glass}"/>`);
      p.push(
        `<path d="M${n(wx + ww * 0.15)} ${n(wy + wh)} L${n(wx + ww * 0.55)} ${n(wy)} L${n(wx + ww * 0.75)} ${n(wy)} L${n(wx + ww * 0.35)} ${n(wy + wh)} Z" fill="#fff" opacity=".22"/>`,
      );
      p.push(`<line x1="${n(wx + ww / 2)}" y1="${n(wy)}" x2="${n(wx + ww / 2)}" y2="${n(wy + wh)}" stroke="${frame}" stroke-width="3"/>`);
    }
  }
  return p.join('');
}

export function school(pal: Palette, rng: Rng, cx: number, baseY: number): Building {
  const floors = rng.int(3, 4);
  const fh = 88;
  const w = rng.range(780, 900);
  const h = floors * fh + 70;
  const x = cx - w / 2;
  const top = baseY - h;
  const wall = rng.pick(['#f3ede1', '#f6efe4', '#eee7dc']);
  const accent = rng.pick(['#c8553d', '#d4774a', '#3d7ea6']);
  const p: string[] = [];
  p.push(`<rect x="${n(x + 12)}" y="${n(top + 10)}" width="${n(w)}" height="${n(h)}" fill="#000" opacity=".08"/>`);
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>`);
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="62" fill="#fbf8f2"/>`);
  p.push(`<rect x="${n(x)}" y="${n(top + 56)}" width="${n(w)}" height="8" fill="${accent}"/>`);
  p.push(label('好好学习 天天向上', cx, top + 29, 38, '#d21f26', { spacing: 6 }));
  for (let f = 0; f < floors; f++)
    p.push(`<rect x="${n(x)}" y="${n(top + 64 + f * fh + fh - 8)}" width="${n(w)}" height="6" fill="${tint(accent, 0.45)}"/>`);
  const cols = Math.round(w / 95);
  p.push(windowsGrid(x, top + 64, w, floors * fh, cols, floors, '#8fb8d8', '#ffffff', rng));
  // entrance
  const ew = 150;
  p.push(`<rect x="${n(cx - ew / 2 - 20)}" y="${n(baseY - fh - 24)}" width="${n(ew + 40)}" height="20" fill="${accent}"/>`);
  p.push(`<rect x="${n(cx - ew / 2)}" y="${n(baseY - fh - 4)}" width="${ew}" height="${n(fh + 4)}" fill="#5b7d99"/>`);
  p.push(`<rect x="${n(cx - 2)}" y="${n(baseY - fh - 4)}" width="4" height="${n(fh + 4)}" fill="#e0e0e0"/>`);
  p.push(`<rect x="${n(cx - ew / 2 - 30)}" y="${n(baseY - 10)}" width="${ew + 60}" height="10" fill="#cfc8bb"/>`);
  if (pal.snow) p.push(`<rect x="${n(x - 6)}" y="${n(top - 10)}" width="${n(w + 12)}" height="12" rx="6" fill="#fff"/>`);
  return {
    svg: p.join(''),
    slot: { x: x + w * 0.12, y: top + 64 + fh * 0.15, w: w * 0.76, h: 66 },
    flagX: rng.chance(0.5) ? x - 90 : x + w + 90,
  };
}

export function villageHall(pal: Palette, rng: Rng, cx: number, baseY: number): Building {
  const w = rng.range(700, 820);
  const fh = 100;
  const h = fh * 3 + 30;
  const x = cx - w / 2;
  const top = baseY - h;
  const wall = rng.pick(['#f7f5f0', '#f1eee6']);
  const roof = rng.pick(['#5a6470', '#4f5b66', '#6b5d55']);
  const p: string[] = [];
  // pitched roof
  p.push(
    `<path d="M${n(x - 40)} ${n(top + 6)} L${n(x + 60)} ${n(top - 90)} L${n(x + w - 60)} ${n(top - 90)} L${n(x + w + 40)} ${n(top + 6)} Z" fill="${roof}"/>`,
  );
  for (let i = 0; i < 6; i++)
    p.push(
      `<line x1="${n(x - 30 + i * 2)}" y1="${n(top - 8 - i * 15)}" x2="${n(x + w + 30 - i * 2)}" y2="${n(top - 8 - i * 15)}" stroke="${shade(roof, 0.2)}" stroke-width="2" opacity=".5"/>`,
    );
  if (pal.snow)
    p.push(
      `<path d="M${n(x + 50)} ${n(top - 80)} L${n(x + 60)} ${n(top - 90)} L${n(x + w - 60)} ${n(top - 90)} L${n(x + w - 50)} ${n(top - 80)} Q${n(cx)} ${n(top - 60)} ${n(x + 50)} ${n(top - 80)} Z" fill="#fff"/>`,
    );
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${wall}"/>`);
  p.push(`<rect x="${n(x)}" y="${n(baseY - 40)}" width="${n(w)}" height="40" fill="#b8b1a4"/>`);
  // sign
  const sw = 380;
  p.push(`<rect x="${n(cx - sw / 2)}" y="${n(top + 14)}" width="${sw}" height="58" fill="#c81d25"/>`);
  p.push(label('党群服务中心', cx, top + 43, 40, '#ffd54a', { spacing: 8 }));
  p.push(windowsGrid(x + 10, top + 84, w - 20, fh * 3 - 60, Math.round(w / 110), 3, '#9ec3d6', '#6d4c41', rng));
  p.push(
    `<rect x="${n(cx - 70)}" y="${n(baseY - 130)}" width="140" height="130" fill="#7a4b32"/><rect x="${n(cx - 2)}" y="${n(baseY - 130)}" width="4" height="130" fill="#5d3826"/>`,
  );
  // plaque next to door
  p.push(`<rect x="${n(cx + 90)}" y="${n(baseY - 150)}" width="34" height="120" fill="#fff" stroke="#c9c9c9"/>`);
  return {
    svg: p.join(''),
    slot: { x: x + w * 0.1, y: top + 84 + (fh * 3 - 60) / 3 - 34, w: w * 0.8, h: 64 },
    flagX: rng.chance(0.5) ? x - 80 : x + w + 80,
  };
}

export function communityCentre(pal: Palette, rng: Rng, cx: number, baseY: number): Building {
  const w = rng.range(760, 880);
  const h = 330;
  const x = cx - w / 2;
  const top = baseY - h;
  const p: string[] = [];
  const wall = rng.pick(['#e9e6df', '#dfe4e8']);
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${h}" fill="${wall}"/>`);
  p.push(`<rect x="${n(x + w * 0.62)}" y="${n(top - 60)}" width="${n(w * 0.38)}" height="${n(h + 60)}" fill="${shade(wall, 0.06)}"/>`);
  p.push(`<rect x="${n(x + w * 0.62 + 30)}" y="${n(top - 40)}" width="${n(w * 0.38 - 60)}" height="${n(h - 20)}" fill="#7fb2c9"/>`);
  for (let i = 1; i < 5; i++)
    p.push(
      `<line x1="${n(x + w * 0.62 + 30)}" y1="${n(top - 40 + ((h - 20) * i) / 5)}" x2="${n(x + w - 30)}" y2="${n(top - 40 + ((h - 20) * i) / 5)}" stroke="#e8eef2" stroke-width="4"/>`,
    );
  p.push(windowsGrid(x + 20, top + 110, w * 0.58, h - 170, 5, 2, '#8fb8d8', '#f8f8f8', rng));
  const sw = w * 0.5;
  p.push(`<rect x="${n(x + 30)}" y="${n(top + 22)}" width="${n(sw)}" height="60" fill="#1f5aa6"/>`);
  p.push(label('社区服务中心', x + 30 + sw / 2, top + 52, 38, '#ffffff', { spacing: 6 }));
  p.push(`<rect x="${n(x + w * 0.62 + 40)}" y="${n(baseY - 120)}" width="${n(w * 0.38 - 80)}" height="120" fill="#4e6e81"/>`);
  p.push(`<rect x="${n(x + w * 0.6)}" y="${n(baseY - 140)}" width="${n(w * 0.42 + 20)}" height="22" fill="#8a8f94"/>`);
  if (pal.snow) p.push(`<rect x="${n(x + w * 0.62 - 6)}" y="${n(top - 70)}" width="${n(w * 0.38 + 12)}" height="12" rx="6" fill="#fff"/>`);
  return {
    svg: p.join(''),
    slot: { x: x + 30, y: top + 100, w: w * 0.56, h: 62 },
    flagX: rng.chance(0.5) ? x - 80 : null,
  };
}

export function ruralHouse(pal: Palette, rng: Rng, cx: number, baseY: number): string {
  const w = 620;
  const h = 250;
  const x = cx - w / 2;
  const top = baseY - h;
  const roof = rng.pick(['#4e5660', '#5b4a42', '#3f4a52']);
  const p: string[] = [];
  p.push(
    `<path d="M${n(x - 50)} ${n(top + 10)} L${n(x + 40)} ${n(top - 110)} L${n(x + w - 40)} ${n(top - 110)} L${n(x + w + 50)} ${n(top + 10)} Z" fill="${roof}"/>`,
  );
  for (let i = 0; i < 7; i++)
    p.push(
      `<line x1="${n(x - 40 + i * 13)}" y1="${n(top - 2 - i * 16)}" x2="${n(x + w + 40 - i * 13)}" y2="${n(top - 2 - i * 16)}" stroke="${shade(roof, 0.25)}" stroke-width="3" opacity=".6"/>`,
    );
  if (pal.snow)
    p.push(
      `<path d="M${n(x + 30)} ${n(top - 96)} L${n(x + 40)} ${n(top - 110)} L${n(x + w - 40)} ${n(top - 110)} L${n(x + w - 30)} ${n(top - 96)} Q${n(cx)} ${n(top - 80)} ${n(x + 30)} ${n(top - 96)} Z" fill="#fff"/>`,
    );
  p.push(`<rect x="${n(x)}" y="${n(top)}" width="${w}" height="${h}" fill="#f4f1ea"/>`);
  p.push(`<rect x="${n(x)}" y="${n(baseY - 36)}" width="${w}" height="36" fill="#a9a296"/>`);
  // door with couplets (对联)
  p.push(
    `<rect x="${n(cx - 60)}" y="${n(baseY - 170)}" width="120" height="170" fill="#7b4a2d"/><line x1="${n(cx)}" y1="${n(baseY - 170)}" x2="${n(cx)}" y2="${n(baseY)}" stroke="#5a3420" stroke-width="4"/>`,
  );
  p.push(
    `<rect x="${n(cx - 96)}" y="${n(baseY - 176)}" width="26" height="150" fill="#d32f2f"/><rect x="${n(cx + 70)}" y="${n(baseY - 176)}" width="26" height="150" fill="#d32f2f"/>`,
  );
  p.push(`<rect x="${n(cx - 80)}" y="${n(baseY - 214)}" width="160" height="30" fill="#d32f2f"/>`);
  p.push(label('家和万事兴', cx, baseY - 199, 22, '#ffe082'));
  const left = '春回大地千山秀';
  const right = '福满人间万户春';
  [...left].forEach((ch, i) => p.push(label(ch, cx - 83, baseY - 166 + i * 20.5, 17, '#ffe082')));
  [...right].forEach((ch, i) => p.push(label(ch, cx + 83, baseY - 166 + i * 20.5, 17, '#ffe082')));
  // windows
  for (const wx of [x + 70, x + w - 200]) {
    p.push(
      `<rect x="${n(wx)}" y="${n(top + 60)}" width="130" height="100" fill="#6d4c41"/><rect x="${n(wx + 8)}" y="${n(top + 68)}" width="114" height="84" fill="#a7c7d9"/>`,
    );
    p.push(
      `<path d="M${n(wx + 8)} ${n(top + 110)} H${n(wx + 122)} M${n(wx + 65)} ${n(top + 68)} V${n(top + 152)}" stroke="#6d4c41" stroke-width="4"/>`,
    );
  }
  return p.join('');
}
