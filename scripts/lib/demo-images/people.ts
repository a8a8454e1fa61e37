// People in the pictures: elders (五老), children and other adults as flat figures, seeded per picture.
import { n, shade, tint } from './draw';
import { Rng } from './rng';
import { type Season } from './subject';
export interface Figure {
  kind: 'elder' | 'child' | 'adult';
  gender: 'm' | 'f';
  skin: string;
  hair: string;
  hairStyle: number;
  coat: string;
  trousers: string;
  shirt: string;
  glasses: boolean;
  scarf: boolean;
  skirt: boolean;
  vest: string | null;
  raise: 'none' | 'left' | 'right';
  back: boolean;
}

export const SKINS = ['#f3cfae', '#eec19a', '#e6b48c', '#dca57d'];
export const GREY_HAIR = ['#d9d9d9', '#c7c7c7', '#efefef', '#b0b0b0', '#bdb8b0', '#e4e1dc'];
export const COATS_M = ['#3d5a80', '#6b4f3a', '#4a6d5c', '#5d5d6e', '#7a6a4f', '#2f4858', '#8c5a3c', '#44546a', '#6e7b8b'];
export const COATS_F = ['#b5485d', '#7b4b94', '#c96f53', '#3f7f8c', '#8e5572', '#d08c60', '#5b7db1', '#a0522d'];
export const TROUSERS = ['#3b3f4a', '#2f3440', '#4a4a52', '#5a5048', '#37474f'];

export function makeElder(rng: Rng, season: Season, gender?: 'm' | 'f'): Figure {
  const g = gender ?? (rng.chance(0.5) ? 'm' : 'f');
  const winter = season === 'winter';
  return {
    kind: 'elder',
    gender: g,
    skin: rng.pick(SKINS),
    hair: rng.pick(GREY_HAIR),
    hairStyle: rng.int(0, 2),
    coat: winter ? shade(rng.pick(g === 'm' ? COATS_M : COATS_F), 0.15) : rng.pick(g === 'm' ? COATS_M : COATS_F),
    trousers: rng.pick(TROUSERS),
    shirt: rng.pick(['#ffffff', '#eef3f8', '#f4efe6']),
    glasses: rng.chance(0.4),
    scarf: false,
    skirt: false,
    vest: rng.chance(0.25) ? '#d62b2b' : null,
    raise: 'none',
    back: false,
  };
}

export function makeChild(rng: Rng, season: Season): Figure {
  const g = rng.chance(0.5) ? 'm' : 'f';
  const uniform = rng.chance(0.5);
  const winter = season === 'winter';
  const coat = winter
    ? rng.pick(['#e94f37', '#3b8ea5', '#f2a541', '#5c6bc0', '#ec407a'])
    : uniform
      ? rng.pick(['#2f6fb5', '#ffffff'])
      : rng.pick(['#ffffff', '#fdf7e8', '#f7f7f7', '#8ecae6', '#ffd166']);
  return {
    kind: 'child',
    gender: g,
    skin: rng.pick(SKINS),
    hair: rng.pick(['#1f1a17', '#2b211c', '#241c18']),
    hairStyle: rng.int(0, 1),
    coat,
    trousers: rng.pick(['#24408e', '#1f3b73', '#2c3e50', '#34495e']),
    shirt: '#ffffff',
    glasses: rng.chance(0.1),
    scarf: !winter || rng.chance(0.7),
    skirt: g === 'f' && !winter && rng.chance(0.5),
    vest: null,
    raise: 'none',
    back: false,
  };
}

export function makeAdult(rng: Rng): Figure {
  const g = rng.chance(0.5) ? 'm' : 'f';
  return {
    kind: 'adult',
    gender: g,
    skin: rng.pick(SKINS),
    hair: rng.pick(['#1f1a17', '#2b211c', '#3a2a20']),
    hairStyle: rng.int(0, 2),
    coat: rng.pick(g === 'm' ? COATS_M : COATS_F),
    trousers: rng.pick(TROUSERS),
    shirt: '#ffffff',
    glasses: rng.chance(0.3),
    scarf: false,
    skirt: false,
    vest: rng.chance(0.35) ? '#d62b2b' : null,
    raise: 'none',
    back: false,
  };
}

export interface BodyShape {
  headR: number;
  neckH: number;
  torsoH: number;
  legH: number;
  shoulderW: number;
  hipW: number;
  armW: number;
}
export const ADULT_BODY: BodyShape = { headR: 30, neckH: 10, torsoH: 112, legH: 128, shoulderW: 50, hipW: 44, armW: 11 };
export const CHILD_BODY: BodyShape = { headR: 27, neckH: 6, torsoH: 64, legH: 72, shoulderW: 31, hipW: 28, armW: 8 };

/** Height of a standing figure at scale 1. */
export function figureHeight(f: Figure): number {
  const b = f.kind === 'child' ? CHILD_BODY : ADULT_BODY;
  return b.legH + b.torsoH + b.neckH + b.headR * 1.9;
}

/** A standing figure, feet at (x, y), front view (or seen from behind when f.back). */
export function drawFigure(f: Figure, x: number, y: number, s: number, opts: { shadow?: boolean; seated?: boolean } = {}): string {
  const b = f.kind === 'child' ? CHILD_BODY : ADULT_BODY;
  const hip = -b.legH;
  const sh = hip - b.torsoH;
  const neckTop = sh - b.neckH;
  const r = b.headR;
  const hcy = neckTop - r * 0.8;
  const k = r / 30;
  const p: string[] = [];
  const coatDark = shade(f.coat, 0.14);
  const hairDark = shade(f.hair, 0.12);
  if (opts.shadow !== false) p.push(`<ellipse cx="0" cy="-2" rx="${n(b.shoulderW * 1.25)}" ry="${n(9 * k)}" fill="#000" opacity=".16"/>`);

  // legs, shoes
  if (opts.seated) {
    // legs hidden under the desk / behind the chair
  } else if (f.skirt) {
    p.push(`<rect x="${n(-b.hipW * 0.55)}" y="${n(hip)}" width="${n(b.hipW * 0.38)}" height="${n(b.legH - 4)}" rx="4" fill="${f.skin}"/>`);
    p.push(`<rect x="${n(b.hipW * 0.17)}" y="${n(hip)}" width="${n(b.hipW * 0.38)}" height="${n(b.legH - 4)}" rx="4" fill="${f.skin}"/>`);
    p.push(
      `<rect x="${n(-b.hipW * 0.58)}" y="${n(-b.legH * 0.3)}" width="${n(b.hipW * 1.16)}" height="${n(b.legH * 0.26)}" fill="#fff" opacity=".95"/>`,
    );
    p.push(
      `<rect x="${n(-b.hipW * 0.12)}" y="${n(-b.legH * 0.3)}" width="${n(b.hipW * 0.24)}" height="${n(b.legH * 0.26)}" fill="${f.skin}"/>`,
    );
    p.push(
      `<path d="M${n(-b.hipW)} ${n(hip - 6)} L${n(b.hipW)} ${n(hip - 6)} L${n(b.hipW * 1.25)} ${n(hip + b.legH * 0.42)} L${n(-b.hipW * 1.25)} ${n(hip + b.legH * 0.42)} Z" fill="${f.trousers}"/>`,
    );
  } else {
    const lw = b.hipW - 3;
    p.push(`<rect x="${n(-lw)}" y="${n(hip - 4)}" width="${n(lw - 2)}" height="${n(b.legH)}" rx="${n(5 * k)}" fill="${f.trousers}"/>`);
    p.push(`<rect x="2" y="${n(hip - 4)}" width="${n(lw - 2)}" height="${n(b.legH)}" rx="${n(5 * k)}" fill="${shade(f.trousers, 0.08)}"/>`);
  }
  if (!opts.seated) {
    const shoe = f.kind === 'child' ? '#2b2b2b' : '#1f1f1f';
    p.push(`<ellipse cx="${n(-b.hipW * 0.5)}" cy="-4" rx="${n(b.hipW * 0.55)}" ry="${n(7 * k)}" fill="${shoe}"/>`);
    p.push(`<ellipse cx="${n(b.hipW * 0.5)}" cy="-4" rx="${n(b.hipW * 0.55)}" ry="${n(7 * k)}" fill="${shoe}"/>`);
  }

  // arms (drawn under the torso edge)
  const arm = (side: -1 | 1) => {
    const raised = (side === -1 && f.raise === 'left') || (side === 1 && f.raise === 'right');
    const x0 = side * (b.shoulderW - b.armW * 0.9);
    const y0 = sh + b.armW * 1.2;
    const [x1, y1] = raised
      ? [side * (b.shoulderW + b.torsoH * 0.35), sh - b.torsoH * 0.55]
      : [side * (b.shoulderW + b.armW * 0.2), hip + b.armW * 0.6];
    const sleeve = f.vest ? f.coat : coatDark;
    p.push(
      `<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${sleeve}" stroke-width="${n(b.armW * 2)}" stroke-linecap="round"/>`,
    );
    p.push(`<circle cx="${n(x1)}" cy="${n(y1 + (raised ? -b.armW * 0.6 : b.armW * 0.6))}" r="${n(b.armW * 0.95)}" fill="${f.skin}"/>`);
  };
  arm(-1);
  arm(1);

  // torso
  const sw = b.shoulderW;
  const hw = b.hipW;
  p.push(
    `<path d="M${n(-sw + 8 * k)} ${n(sh)} L${n(sw - 8 * k)} ${n(sh)} Q${n(sw)} ${n(sh)} ${n(sw)} ${n(sh + 12 * k)} L${n(hw)} ${n(hip + 2)} L${n(-hw)} ${n(hip + 2)} L${n(-sw)} ${n(sh + 12 * k)} Q${n(-sw)} ${n(sh)} ${n(-sw + 8 * k)} ${n(sh)} Z" fill="${f.coat}"/>`,
  );
  if (f.coat === '#ffffff' || f.coat === '#f7f7f7' || f.coat === '#fdf7e8') {
    // a white shirt needs an outline to read against a light background
    p.push(
      `<path d="M${n(-sw)} ${n(sh + 12 * k)} L${n(-hw)} ${n(hip + 2)} M${n(sw)} ${n(sh + 12 * k)} L${n(hw)} ${n(hip + 2)}" stroke="#d5d5d5" stroke-width="${n(2 * k)}"/>`,
    );
  }
  if (f.vest) {
    p.push(
      `<path d="M${n(-sw + 10 * k)} ${n(sh + 2)} L${n(-9 * k)} ${n(sh + 2)} L${n(-4 * k)} ${n(hip + 2)} L${n(-hw + 4)} ${n(hip + 2)} L${n(-sw + 6 * k)} ${n(sh + 16 * k)} Z M${n(sw - 10 * k)} ${n(sh + 2)} L${n(9 * k)} ${n(sh + 2)} L${n(4 * k)} ${n(hip + 2)} L${n(hw - 4)} ${n(hip + 2)} L${n(sw - 6 * k)} ${n(sh + 16 * k)} Z" fill="${f.vest}"/>`,
    );
  }
  if (!f.back) {
    if (f.kind !== 'child') {
      p.push(`<path d="M${n(-13 * k)} ${n(sh)} L0 ${n(sh + 24 * k)} L${n(13 * k)} ${n(sh)} Z" fill="${f.shirt}"/>`);
      if (!f.vest) p.push(`<line x1="0" y1="${n(sh + 26 * k)}" x2="0" y2="${n(hip)}" stroke="${coatDark}" stroke-width="${n(2.2 * k)}"/>`);
    }
  }
  // neck + red scarf
  p.push(`<rect x="${n(-9 * k)}" y="${n(neckTop - 4)}" width="${n(18 * k)}" height="${n(b.neckH + 8)}" fill="${shade(f.skin, 0.08)}"/>`);
  if (f.scarf) {
    const red = '#e3262f';
    if (f.back) {
      p.push(`<path d="M${n(-sw * 0.62)} ${n(sh + 1)} L${n(sw * 0.62)} ${n(sh + 1)} L0 ${n(sh + b.torsoH * 0.5)} Z" fill="${red}"/>`);
    } else {
      p.push(
        `<path d="M${n(-15 * k)} ${n(sh + 1)} Q0 ${n(sh + 12 * k)} ${n(15 * k)} ${n(sh + 1)}" stroke="${red}" stroke-width="${n(6 * k)}" fill="none"/>`,
      );
      p.push(
        `<path d="M${n(-2 * k)} ${n(sh + 9 * k)} L${n(-13 * k)} ${n(sh + 36 * k)} L${n(-3 * k)} ${n(sh + 38 * k)} Z M${n(2 * k)} ${n(sh + 9 * k)} L${n(12 * k)} ${n(sh + 34 * k)} L${n(3 * k)} ${n(sh + 37 * k)} Z" fill="${red}"/>`,
      );
      p.push(`<circle cx="0" cy="${n(sh + 9 * k)}" r="${n(5 * k)}" fill="#c81d25"/>`);
    }
  }

  // head
  const hairBack: string[] = [];
  const hairFront: string[] = [];
  const top = hcy - r;
  if (f.kind === 'child') {
    if (f.gender === 'f') {
      hairBack.push(
        `<path d="M${n(-r * 1.08)} ${n(hcy + r * 0.55)} Q${n(-r * 1.2)} ${n(top - r * 0.1)} 0 ${n(top - r * 0.12)} Q${n(r * 1.2)} ${n(top - r * 0.1)} ${n(r * 1.08)} ${n(hcy + r * 0.55)} Z" fill="${f.hair}"/>`,
      );
      if (f.hairStyle === 1) {
        hairBack.push(
          `<circle cx="${n(-r * 1.15)}" cy="${n(hcy - r * 0.2)}" r="${n(r * 0.38)}" fill="${f.hair}"/><circle cx="${n(r * 1.15)}" cy="${n(hcy - r * 0.2)}" r="${n(r * 0.38)}" fill="${f.hair}"/>`,
        );
        hairFront.push(
          `<circle cx="${n(-r * 0.9)}" cy="${n(hcy - r * 0.45)}" r="${n(r * 0.16)}" fill="#ef476f"/><circle cx="${n(r * 0.9)}" cy="${n(hcy - r * 0.45)}" r="${n(r * 0.16)}" fill="#ef476f"/>`,
        );
      }
      if (!f.back)
        hairFront.push(
          `<path d="M${n(-r)} ${n(hcy - r * 0.05)} Q${n(-r)} ${n(top - r * 0.12)} 0 ${n(top - r * 0.12)} Q${n(r)} ${n(top - r * 0.12)} ${n(r)} ${n(hcy - r * 0.05)} Q${n(r * 0.2)} ${n(hcy - r * 0.55)} ${n(-r)} ${n(hcy - r * 0.05)} Z" fill="${f.hair}"/>`,
        );
    } else if (!f.back) {
      hairFront.push(
        `<path d="M${n(-r * 1.02)} ${n(hcy - r * 0.05)} Q${n(-r * 1.05)} ${n(top - r * 0.15)} 0 ${n(top - r * 0.15)} Q${n(r * 1.05)} ${n(top - r * 0.15)} ${n(r * 1.02)} ${n(hcy - r * 0.05)} Q${n(r * 0.7)} ${n(hcy - r * 0.5)} ${n(-r * 0.2)} ${n(hcy - r * 0.45)} Q${n(-r * 0.8)} ${n(hcy - r * 0.4)} ${n(-r * 1.02)} ${n(hcy - r * 0.05)} Z" fill="${f.hair}"/>`,
      );
    }
  } else if (f.gender === 'm') {
    if (!f.back) {
      if (f.hairStyle === 1 && f.kind === 'elder') {
        // balding: fringe of hair at the sides, a few strands on top
        hairFront.push(
          `<path d="M${n(-r * 1.02)} ${n(hcy + r * 0.2)} Q${n(-r * 1.08)} ${n(hcy - r * 0.6)} ${n(-r * 0.6)} ${n(hcy - r * 0.72)} L${n(-r * 0.72)} ${n(hcy - r * 0.1)} Z M${n(r * 1.02)} ${n(hcy + r * 0.2)} Q${n(r * 1.08)} ${n(hcy - r * 0.6)} ${n(r * 0.6)} ${n(hcy - r * 0.72)} L${n(r * 0.72)} ${n(hcy - r * 0.1)} Z" fill="${f.hair}"/>`,
        );
      } else {
        const recede = f.hairStyle === 2 ? 0.35 : 0.55;
        hairFront.push(
          `<path d="M${n(-r * 1.03)} ${n(hcy)} Q${n(-r * 1.06)} ${n(top - r * 0.12)} 0 ${n(top - r * 0.12)} Q${n(r * 1.06)} ${n(top - r * 0.12)} ${n(r * 1.03)} ${n(hcy)} Q${n(r * 0.9)} ${n(hcy - r * recede)} ${n(r * 0.1)} ${n(hcy - r * (recede + 0.12))} Q${n(-r * 0.9)} ${n(hcy - r * recede)} ${n(-r * 1.03)} ${n(hcy)} Z" fill="${f.hair}"/>`,
        );
      }
    }
  } else {
    if (f.hairStyle === 0) {
      hairBack.push(
        `<path d="M${n(-r * 1.12)} ${n(hcy + r * 0.6)} Q${n(-r * 1.25)} ${n(top - r * 0.15)} 0 ${n(top - r * 0.18)} Q${n(r * 1.25)} ${n(top - r * 0.15)} ${n(r * 1.12)} ${n(hcy + r * 0.6)} Z" fill="${hairDark}"/>`,
      );
    } else if (f.hairStyle === 2) {
      hairBack.push(`<circle cx="0" cy="${n(top - r * 0.1)}" r="${n(r * 0.42)}" fill="${hairDark}"/>`);
    }
    if (!f.back) {
      if (f.hairStyle === 1 && f.kind === 'elder') {
        for (let i = 0; i < 9; i++) {
          const a = Math.PI * (1.05 + (i / 8) * 0.9);
          hairFront.push(
            `<circle cx="${n(Math.cos(a) * r * 0.92)}" cy="${n(hcy + Math.sin(a) * r * 0.92 - r * 0.05)}" r="${n(r * 0.3)}" fill="${f.hair}"/>`,
          );
        }
      } else {
        hairFront.push(
          `<path d="M${n(-r * 1.06)} ${n(hcy + r * 0.15)} Q${n(-r * 1.1)} ${n(top - r * 0.15)} 0 ${n(top - r * 0.15)} Q${n(r * 1.1)} ${n(top - r * 0.15)} ${n(r * 1.06)} ${n(hcy + r * 0.15)} Q${n(r * 0.8)} ${n(hcy - r * 0.5)} ${n(-r * 0.15)} ${n(hcy - r * 0.55)} Q${n(-r * 0.7)} ${n(hcy - r * 0.35)} ${n(-r * 1.06)} ${n(hcy + r * 0.15)} Z" fill="${f.hair}"/>`,
        );
      }
    }
  }
  p.push(...hairBack);
  if (f.back) {
    p.push(
      `<circle cx="${n(-r * 0.98)}" cy="${n(hcy + r * 0.1)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.05)}"/><circle cx="${n(r * 0.98)}" cy="${n(hcy + r * 0.1)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.05)}"/>`,
    );
    p.push(`<circle cx="0" cy="${n(hcy)}" r="${n(r)}" fill="${f.hair}"/>`);
    p.push(
      `<path d="M${n(-r * 0.5)} ${n(hcy - r * 0.6)} Q0 ${n(hcy - r * 0.95)} ${n(r * 0.5)} ${n(hcy - r * 0.6)}" stroke="${tint(f.hair, 0.25)}" stroke-width="${n(2 * k)}" fill="none" opacity=".6"/>`,
    );
  } else {
    p.push(
      `<circle cx="${n(-r * 0.98)}" cy="${n(hcy + r * 0.08)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.04)}"/><circle cx="${n(r * 0.98)}" cy="${n(hcy + r * 0.08)}" r="${n(r * 0.2)}" fill="${shade(f.skin, 0.04)}"/>`,
    );
    p.push(`<circle cx="0" cy="${n(hcy)}" r="${n(r)}" fill="${f.skin}"/>`);
    const ey = hcy + r * 0.08;
    const ex = r * 0.36;
    const eye = '#3a2a22';
    if (f.kind === 'elder') {
      // smiling eyes
      p.push(
        `<path d="M${n(-ex - r * 0.13)} ${n(ey + r * 0.03)} Q${n(-ex)} ${n(ey - r * 0.14)} ${n(-ex + r * 0.13)} ${n(ey + r * 0.03)} M${n(ex - r * 0.13)} ${n(ey + r * 0.03)} Q${n(ex)} ${n(ey - r * 0.14)} ${n(ex + r * 0.13)} ${n(ey + r * 0.03)}" stroke="${eye}" stroke-width="${n(2.6 * k)}" fill="none" stroke-linecap="round"/>`,
      );
      p.push(
        `<path d="M${n(-ex - r * 0.16)} ${n(ey - r * 0.26)} L${n(-ex + r * 0.14)} ${n(ey - r * 0.3)} M${n(ex + r * 0.16)} ${n(ey - r * 0.26)} L${n(ex - r * 0.14)} ${n(ey - r * 0.3)}" stroke="${shade(f.hair, 0.25)}" stroke-width="${n(3 * k)}" stroke-linecap="round"/>`,
      );
    } else {
      p.push(
        `<circle cx="${n(-ex)}" cy="${n(ey)}" r="${n(r * 0.09)}" fill="${eye}"/><circle cx="${n(ex)}" cy="${n(ey)}" r="${n(r * 0.09)}" fill="${eye}"/>`,
      );
    }
    p.push(
      `<path d="M${n(-r * 0.28)} ${n(hcy + r * 0.45)} Q0 ${n(hcy + r * 0.68)} ${n(r * 0.28)} ${n(hcy + r * 0.45)}" stroke="#9b3b32" stroke-width="${n(2.6 * k)}" fill="none" stroke-linecap="round"/>`,
    );
    p.push(
      `<ellipse cx="${n(-r * 0.6)}" cy="${n(hcy + r * 0.35)}" rx="${n(r * 0.17)}" ry="${n(r * 0.1)}" fill="#ef8f8f" opacity=".35"/><ellipse cx="${n(r * 0.6)}" cy="${n(hcy + r * 0.35)}" rx="${n(r * 0.17)}" ry="${n(r * 0.1)}" fill="#ef8f8f" opacity=".35"/>`,
    );
    if (f.glasses) {
      p.push(
        `<g stroke="#3b3b3b" stroke-width="${n(2.2 * k)}" fill="none"><circle cx="${n(-ex)}" cy="${n(ey)}" r="${n(r * 0.22)}"/><circle cx="${n(ex)}" cy="${n(ey)}" r="${n(r * 0.22)}"/><line x1="${n(-ex + r * 0.22)}" y1="${n(ey)}" x2="${n(ex - r * 0.22)}" y2="${n(ey)}"/></g>`,
      );
    }
  }
  p.push(...hairFront);
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${s.toFixed(3)})">${p.join('')}</g>`;
}
