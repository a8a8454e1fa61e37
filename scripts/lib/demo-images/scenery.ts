// Scenery: sky, sun, clouds, hills, trees, grass, flags and red banners.
import { fittedLabel, n, shade, star, tint } from './draw';
import { Rng } from './rng';
import { type Palette } from './subject';
export function skyAndSun(pal: Palette, rng: Rng, w: number, horizon: number): string {
  const p: string[] = [];
  p.push(
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${pal.skyTop}"/><stop offset="1" stop-color="${pal.skyBottom}"/></linearGradient>`,
  );
  p.push(
    `<radialGradient id="sunglow"><stop offset="0" stop-color="${pal.sun}" stop-opacity=".9"/><stop offset="1" stop-color="${pal.sun}" stop-opacity="0"/></radialGradient></defs>`,
  );
  p.push(`<rect width="${w}" height="${n(horizon + 40)}" fill="url(#sky)"/>`);
  const sx = rng.chance(0.5) ? rng.range(140, 420) : rng.range(w - 420, w - 140);
  const sy = rng.range(110, 210);
  p.push(
    `<circle cx="${n(sx)}" cy="${n(sy)}" r="170" fill="url(#sunglow)"/><circle cx="${n(sx)}" cy="${n(sy)}" r="58" fill="${pal.sun}"/>`,
  );
  const clouds = rng.int(2, 4);
  for (let i = 0; i < clouds; i++) p.push(cloud(rng.range(80, w - 80), rng.range(70, horizon * 0.45), rng.range(0.7, 1.4)));
  return p.join('');
}

export function cloud(x: number, y: number, s: number): string {
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${s.toFixed(2)})" fill="#fff" opacity=".88"><ellipse cx="0" cy="0" rx="90" ry="26"/><circle cx="-30" cy="-14" r="32"/><circle cx="18" cy="-24" r="40"/><circle cx="55" cy="-6" r="26"/></g>`;
}

export function hills(pal: Palette, rng: Rng, w: number, baseY: number): string {
  const layer = (y0: number, amp: number, color: string, snowcap: boolean) => {
    const pts: Array<[number, number]> = [];
    const count = rng.int(3, 5);
    for (let i = 0; i <= count; i++) pts.push([(i / count) * w + rng.range(-60, 60), y0 - rng.range(amp * 0.4, amp)]);
    let d = `M-20 ${n(baseY + 40)} L-20 ${n(pts[0]![1])}`;
    for (let i = 0; i < pts.length - 1; i++) {
      const [x1, y1] = pts[i]!;
      const [x2, y2] = pts[i + 1]!;
      const mx = (x1 + x2) / 2;
      d += ` Q${n(x1 + (mx - x1) * 0.9)} ${n(y1)} ${n(mx)} ${n((y1 + y2) / 2 + rng.range(0, amp * 0.3))} T${n(x2)} ${n(y2)}`;
    }
    d += ` L${w + 20} ${n(baseY + 40)} Z`;
    let out = `<path d="${d}" fill="${color}"/>`;
    if (snowcap) out += `<path d="${d}" fill="#fff" opacity=".35"/>`;
    return out;
  };
  return layer(baseY - 60, 170, pal.hillFar, pal.snow) + layer(baseY, 110, pal.hillNear, false);
}

export function tree(pal: Palette, rng: Rng, x: number, y: number, s: number): string {
  const p: string[] = [];
  const kind = pal.season === 'winter' ? rng.pick(['pine', 'bare'] as const) : rng.pick(['round', 'round', 'round', 'pine'] as const);
  p.push(`<ellipse cx="0" cy="0" rx="60" ry="10" fill="#000" opacity=".12"/>`);
  if (kind === 'pine') {
    const c = pal.season === 'winter' ? rng.pick(pal.trees) : shade(rng.pick(pal.trees), 0.25);
    p.push(`<rect x="-8" y="-60" width="16" height="60" fill="${pal.trunk}"/>`);
    for (let i = 0; i < 3; i++) {
      const yy = -50 - i * 55;
      const ww = 75 - i * 17;
      p.push(`<path d="M${-ww} ${yy} L0 ${yy - 95} L${ww} ${yy} Z" fill="${i % 2 ? shade(c, 0.08) : c}"/>`);
      if (pal.snow)
        p.push(
          `<path d="M${-ww * 0.45} ${yy - 52} L0 ${yy - 95} L${ww * 0.45} ${yy - 52} Q0 ${yy - 62} ${-ww * 0.45} ${yy - 52} Z" fill="#fff"/>`,
        );
    }
  } else if (kind === 'bare') {
    p.push(
      `<g stroke="${pal.trunk}" stroke-linecap="round" fill="none"><path d="M0 0 L0 -150" stroke-width="16"/><path d="M0 -90 L-55 -170 M0 -110 L48 -190 M0 -150 L-20 -230 M0 -150 L25 -220 M-30 -130 L-70 -150 M26 -150 L70 -170" stroke-width="8"/></g>`,
    );
  } else {
    const c = rng.pick(pal.trees);
    p.push(`<path d="M-9 0 L-7 -110 L7 -110 L9 0 Z" fill="${pal.trunk}"/>`);
    const blobs: Array<[number, number, number]> = [
      [0, -170, 78],
      [-52, -135, 55],
      [52, -135, 55],
      [-30, -205, 52],
      [32, -210, 50],
    ];
    for (const [bx, by, br] of blobs) p.push(`<circle cx="${bx}" cy="${by}" r="${br}" fill="${c}"/>`);
    p.push(`<circle cx="-24" cy="-200" r="30" fill="${tint(c, 0.15)}" opacity=".8"/>`);
    for (let i = 0; i < 7; i++)
      p.push(
        `<circle cx="${n(rng.range(-70, 70))}" cy="${n(rng.range(-240, -110))}" r="${n(rng.range(5, 10))}" fill="${shade(c, 0.12)}" opacity=".6"/>`,
      );
    if (pal.blossom) {
      for (let i = 0; i < 26; i++)
        p.push(`<circle cx="${n(rng.range(-85, 85))}" cy="${n(rng.range(-250, -100))}" r="${n(rng.range(4, 8))}" fill="${pal.blossom}"/>`);
    }
  }
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${s.toFixed(3)})">${p.join('')}</g>`;
}

export function grassTufts(pal: Palette, rng: Rng, x0: number, x1: number, y0: number, y1: number, count: number): string {
  const p: string[] = [];
  for (let i = 0; i < count; i++) {
    const x = rng.range(x0, x1);
    const y = rng.range(y0, y1);
    const s = 0.5 + ((y - y0) / Math.max(1, y1 - y0)) * 1.2;
    p.push(
      `M${n(x - 6 * s)} ${n(y)} L${n(x - 2 * s)} ${n(y - 12 * s)} L${n(x)} ${n(y)} L${n(x + 3 * s)} ${n(y - 14 * s)} L${n(x + 6 * s)} ${n(y)}`,
    );
  }
  return `<path d="${p.join(' ')}" fill="${pal.grassDark}" opacity=".7"/>`;
}

export function flag(x: number, baseY: number, height: number): string {
  const top = baseY - height;
  const fw = height * 0.3;
  const fh = fw * 0.66;
  const fx = x + 4;
  const wave = `M${n(fx)} ${n(top + 6)} Q${n(fx + fw * 0.25)} ${n(top - 6)} ${n(fx + fw * 0.5)} ${n(top + 6)} T${n(fx + fw)} ${n(top + 6)} L${n(fx + fw)} ${n(top + 6 + fh)} Q${n(fx + fw * 0.75)} ${n(top + 18 + fh)} ${n(fx + fw * 0.5)} ${n(top + 6 + fh)} T${n(fx)} ${n(top + 6 + fh)} Z`;
  const u = fh / 20;
  const stars =
    `<polygon points="${star(fx + 5 * u, top + 6 + 5 * u, 3 * u)}" fill="#ffde00"/>` +
    [
      [10, 2],
      [12, 4],
      [12, 7],
      [10, 9],
    ]
      .map(([sx, sy]) => `<polygon points="${star(fx + sx! * u, top + 6 + sy! * u, 1 * u, 0.3)}" fill="#ffde00"/>`)
      .join('');
  return (
    `<ellipse cx="${n(x)}" cy="${n(baseY)}" rx="26" ry="7" fill="#000" opacity=".15"/>` +
    `<rect x="${n(x - 14)}" y="${n(baseY - 14)}" width="28" height="14" fill="#bdbdbd"/>` +
    `<rect x="${n(x - 3)}" y="${n(top - 8)}" width="6" height="${n(height - 6)}" fill="#d8d8d8"/><circle cx="${n(x)}" cy="${n(top - 9)}" r="6" fill="#e0c14a"/>` +
    `<path d="${wave}" fill="#de2910"/>${stars}`
  );
}

/** A red banner (横幅) with white text. */
export function banner(text: string, x: number, y: number, w: number, h: number): string {
  const p: string[] = [];
  p.push(`<rect x="${n(x + 4)}" y="${n(y + 6)}" width="${n(w)}" height="${n(h)}" fill="#000" opacity=".18"/>`);
  p.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="#cf1b22"/>`);
  p.push(`<rect x="${n(x)}" y="${n(y + h * 0.82)}" width="${n(w)}" height="${n(h * 0.18)}" fill="#b3141a" opacity=".6"/>`);
  // folds
  for (let i = 1; i < 6; i++)
    p.push(`<rect x="${n(x + (w * i) / 6 - 1)}" y="${n(y)}" width="2" height="${n(h)}" fill="#a50f15" opacity=".25"/>`);
  p.push(fittedLabel(text, x + w / 2, y + h * 0.5, w * 0.92, h * 0.62, '#ffffff'));
  return p.join('');
}

/** A banner strung between two poles standing on the ground. */
export function bannerOnPoles(text: string, x: number, groundY: number, w: number, h: number, topY: number): string {
  const pole = (px: number) =>
    `<rect x="${n(px - 5)}" y="${n(topY - 12)}" width="10" height="${n(groundY - topY + 12)}" fill="#8d6e4f"/><ellipse cx="${n(px)}" cy="${n(groundY)}" rx="16" ry="5" fill="#000" opacity=".15"/>`;
  return pole(x - 6) + pole(x + w + 6) + banner(text, x, topY, w, h);
}
