// What every scene shares: its parameters, figures placed by depth, a crowd of elders and children, the
// ground, a window onto the season.
import { n, shade, tint } from '../draw';
import { drawFigure, type Figure, figureHeight, makeAdult, makeChild, makeElder } from '../people';
import { Rng } from '../rng';
import { tree } from '../scenery';
import { type ImageContext, type Palette } from '../subject';
export interface SceneParams {
  ctx: ImageContext;
  rng: Rng;
  pal: Palette;
  banner: string;
  w: number;
  h: number;
}

export interface Placed {
  y: number;
  svg: string;
  /** Highest point of a figure (for keeping banners above heads). */
  top?: number;
}

export function person(f: Figure, x: number, y: number, s: number, order = y): Placed {
  return { y: order, svg: drawFigure(f, x, y, s), top: y - figureHeight(f) * s };
}

export function headsTop(items: Placed[]): number {
  return Math.min(...items.map((i) => i.top ?? Infinity));
}

export function renderPlaced(items: Placed[]): string {
  return items
    .sort((a, b) => a.y - b.y)
    .map((i) => i.svg)
    .join('');
}

/** Scale for an outdoor figure standing at ground y: further away = smaller. */
export function depthScale(y: number, y0: number, s0: number, y1: number, s1: number): number {
  return s0 + ((y - y0) / (y1 - y0)) * (s1 - s0);
}

/** Elders and children as a group photo (two rows) or scattered clusters. */
export function crowd(
  p: SceneParams,
  area: { x0: number; x1: number; y0: number; y1: number },
  style: 'photo' | 'clusters',
  sc: [number, number],
): Placed[] {
  const { rng, pal } = p;
  const out: Placed[] = [];
  const cx = (area.x0 + area.x1) / 2;
  const s = (y: number) => depthScale(y, area.y0, sc[0], area.y1, sc[1]);
  if (style === 'photo') {
    const backY = area.y1 - 95;
    const frontY = area.y1;
    const elders = rng.int(4, 7);
    const kids = rng.int(5, 8);
    const eSpace = 118 * s(backY);
    const kSpace = 92 * s(frontY);
    for (let i = 0; i < elders; i++) {
      const f = rng.chance(0.8) ? makeElder(rng, pal.season) : makeAdult(rng);
      const x = cx + (i - (elders - 1) / 2) * eSpace + rng.range(-8, 8);
      out.push(person(f, x, backY + rng.range(-6, 6), s(backY), backY));
    }
    for (let i = 0; i < kids; i++) {
      const f = makeChild(rng, pal.season);
      if (rng.chance(0.15)) f.raise = rng.pick(['left', 'right'] as const);
      const x = cx + (i - (kids - 1) / 2) * kSpace + rng.range(-6, 6);
      out.push(person(f, x, frontY + rng.range(-4, 4), s(frontY), frontY));
    }
  } else {
    const clusters = rng.int(2, 3);
    for (let c = 0; c < clusters; c++) {
      const ccx = area.x0 + ((c + 0.5) / clusters) * (area.x1 - area.x0) + rng.range(-40, 40);
      const ccy = rng.range(area.y0 + (area.y1 - area.y0) * 0.35, area.y1);
      const elder = makeElder(rng, pal.season);
      elder.raise = rng.chance(0.4) ? rng.pick(['left', 'right'] as const) : 'none';
      const es = s(ccy - 30);
      out.push(person(elder, ccx, ccy - 30, es, ccy - 30));
      if (rng.chance(0.4)) {
        const e2 = makeElder(rng, pal.season);
        out.push(person(e2, ccx + rng.pick([-1, 1]) * 120 * es, ccy - 50, s(ccy - 50), ccy - 50));
      }
      const kids = rng.int(2, 4);
      for (let i = 0; i < kids; i++) {
        const ky = ccy + rng.range(0, 60);
        const kx = ccx + (i - (kids - 1) / 2) * 85 * s(ky) + rng.range(-15, 15);
        const kid = makeChild(rng, pal.season);
        if (rng.chance(0.25)) kid.raise = rng.pick(['left', 'right'] as const);
        out.push(person(kid, kx, ky, s(ky), ky));
      }
    }
  }
  return out;
}

export function ground(p: SceneParams, horizon: number): string {
  const { pal, w, h } = p;
  return `<defs><linearGradient id="grass" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(pal.grass, 0.08)}"/><stop offset="1" stop-color="${tint(pal.grass, 0.08)}"/></linearGradient></defs><rect x="0" y="${horizon}" width="${w}" height="${h - horizon}" fill="url(#grass)"/>`;
}

export function windowView(p: SceneParams, x: number, y: number, w: number, h: number, id: string): string {
  const { pal, rng } = p;
  const out: string[] = [];
  out.push(`<defs><clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}"/></clipPath></defs>`);
  out.push(`<g clip-path="url(#${id})"><rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${pal.skyTop}"/>`);
  out.push(`<rect x="${n(x)}" y="${n(y + h * 0.45)}" width="${n(w)}" height="${n(h * 0.55)}" fill="${pal.skyBottom}"/>`);
  out.push(`<ellipse cx="${n(x + w * 0.3)}" cy="${n(y + h * 0.85)}" rx="${n(w * 0.7)}" ry="${n(h * 0.25)}" fill="${pal.hillNear}"/>`);
  out.push(tree(pal, rng, x + w * rng.range(0.3, 0.7), y + h * 1.02, h / 330));
  out.push(`</g>`);
  out.push(`<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="none" stroke="#f0f0f0" stroke-width="14"/>`);
  out.push(`<path d="M${n(x + w / 2)} ${n(y)} V${n(y + h)} M${n(x)} ${n(y + h * 0.35)} H${n(x + w)}" stroke="#f0f0f0" stroke-width="8"/>`);
  return out.join('');
}
