// Portraits of 五老 for people entries: one elder, head and shoulders, tinted by category.
import { n, shade, star, tint } from './draw';
import { GREY_HAIR, SKINS } from './people';
import { Rng } from './rng';
import { type ImageContext } from './subject';
export const CATEGORY_TINT: Record<string, [string, string]> = {
  老干部: ['#dfe8f2', '#a9bed6'],
  老战士: ['#e3ead8', '#a9b98f'],
  老专家: ['#dcefee', '#9cc9c6'],
  老教师: ['#f7ead6', '#e2bf8f'],
  老模范: ['#f8e1df', '#e0a29c'],
};

export function portrait(ctx: ImageContext, rng: Rng, w: number, h: number): string {
  const [bgLight, bgDark] = CATEGORY_TINT[ctx.category ?? ''] ?? rng.pick(Object.values(CATEGORY_TINT));
  const gender: 'm' | 'f' = ctx.gender === '男' ? 'm' : ctx.gender === '女' ? 'f' : rng.chance(0.5) ? 'm' : 'f';
  const skin = rng.pick(SKINS);
  const skinShade = shade(skin, 0.12);
  const hair = rng.pick(GREY_HAIR);
  const hairShade = shade(hair, 0.14);
  const cat = ctx.category ?? '';
  const out: string[] = [];
  out.push(
    `<defs><radialGradient id="bg" cx=".5" cy=".38" r=".8"><stop offset="0" stop-color="${bgLight}"/><stop offset="1" stop-color="${bgDark}"/></radialGradient>`,
  );
  out.push(`<filter id="soft" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="14"/></filter>`);
  out.push(
    `<radialGradient id="face" cx=".45" cy=".4" r=".7"><stop offset="0" stop-color="${tint(skin, 0.12)}"/><stop offset="1" stop-color="${skin}"/></radialGradient></defs>`,
  );
  out.push(`<rect width="${w}" height="${h}" fill="url(#bg)"/>`);
  // soft, out-of-focus backdrop
  const bgp: string[] = [];
  if (/老教师|老专家/.test(cat) || rng.chance(0.3)) {
    // bookshelf
    const sx = rng.chance(0.5) ? -40 : w - 420;
    bgp.push(`<rect x="${sx}" y="120" width="460" height="1100" fill="${shade(bgDark, 0.25)}"/>`);
    for (let r = 0; r < 5; r++) {
      const y = 150 + r * 210;
      let x = sx + 20;
      while (x < sx + 430) {
        const bw = rng.range(22, 46);
        const bh = rng.range(120, 180);
        bgp.push(
          `<rect x="${n(x)}" y="${n(y + 190 - bh)}" width="${n(bw)}" height="${n(bh)}" fill="${rng.pick(['#c0504d', '#4f81bd', '#9bbb59', '#f4b183', '#8064a2', '#f2f2f2', '#4bacc6'])}" opacity=".8"/>`,
        );
        x += bw + 4;
      }
      bgp.push(`<rect x="${sx}" y="${y + 190}" width="460" height="18" fill="${shade(bgDark, 0.4)}"/>`);
    }
  } else if (/老干部/.test(cat) || rng.chance(0.5)) {
    // window with light
    const sx = rng.chance(0.5) ? 40 : w - 440;
    bgp.push(
      `<rect x="${sx}" y="160" width="400" height="560" fill="#ffffff" opacity=".75"/><path d="M${sx + 200} 160 V720 M${sx} 440 H${sx + 400}" stroke="${bgDark}" stroke-width="18"/>`,
    );
    // a potted plant on the sill
    const px = sx + (sx < w / 2 ? 300 : 100);
    for (let i = 0; i < 7; i++)
      bgp.push(
        `<ellipse cx="${n(px + rng.range(-60, 60))}" cy="${n(rng.range(560, 660))}" rx="34" ry="70" fill="${rng.pick(['#5b9a48', '#6aa84f', '#4f8a3e'])}" transform="rotate(${n(rng.range(-35, 35))} ${n(px)} 690)"/>`,
      );
    bgp.push(`<path d="M${px - 55} 680 L${px + 55} 680 L${px + 42} 780 L${px - 42} 780 Z" fill="#b5653d"/>`);
  }
  for (let i = 0; i < 10; i++)
    bgp.push(
      `<circle cx="${n(rng.range(0, w))}" cy="${n(rng.range(0, h * 0.7))}" r="${n(rng.range(30, 110))}" fill="#ffffff" opacity="${rng.range(0.12, 0.3).toFixed(2)}"/>`,
    );
  if (/老战士/.test(cat))
    bgp.push(
      `<rect x="${w - 360}" y="120" width="300" height="200" fill="#d32f2f" opacity=".55"/><polygon points="${star(w - 300, 180, 34)}" fill="#ffde00" opacity=".7"/>`,
    );
  out.push(`<g filter="url(#soft)">${bgp.join('')}</g>`);

  const cx = w / 2 + rng.range(-30, 30);
  const hy = 640;
  const headScale = 1.14;
  const rx = 200;
  const ry = 240;
  // clothes
  const coats =
    gender === 'm'
      ? ['#33475b', '#5d5d6e', '#6b4f3a', '#44546a', '#7a6a4f', '#2f4858']
      : ['#8e3b46', '#6d4c8d', '#c96f53', '#2f6f7a', '#a0522d', '#4a6fa5', '#b5485d'];
  let coat = rng.pick(coats);
  if (/老战士/.test(cat)) coat = '#5b6b3a';
  const coatDark = shade(coat, 0.18);
  const shoulderY = 1060;
  out.push(
    `<path d="M${n(cx - 560)} ${h} C${n(cx - 540)} ${n(shoulderY + 40)} ${n(cx - 420)} ${n(shoulderY - 30)} ${n(cx - 180)} ${n(shoulderY - 60)} L${n(cx + 180)} ${n(shoulderY - 60)} C${n(cx + 420)} ${n(shoulderY - 30)} ${n(cx + 540)} ${n(shoulderY + 40)} ${n(cx + 560)} ${h} Z" fill="${coat}"/>`,
  );
  // neck
  out.push(
    `<path d="M${n(cx - 95)} ${hy + 150} L${n(cx - 100)} ${n(shoulderY - 20)} Q${n(cx)} ${n(shoulderY + 40)} ${n(cx + 100)} ${n(shoulderY - 20)} L${n(cx + 95)} ${hy + 150} Z" fill="${skinShade}"/>`,
  );
  const style =
    /老干部/.test(cat) && gender === 'm'
      ? 'zhongshan'
      : /老战士/.test(cat)
        ? 'uniform'
        : rng.pick(['cardigan', 'jacket', 'shirt'] as const);
  const shirt = rng.pick(['#ffffff', '#eaf1f8', '#f4efe6', '#dfe9f3']);
  if (style === 'zhongshan' || style === 'uniform') {
    // closed stand collar, buttons, pockets
    out.push(
      `<path d="M${n(cx - 130)} ${n(shoulderY - 70)} Q${n(cx)} ${n(shoulderY + 10)} ${n(cx + 130)} ${n(shoulderY - 70)} L${n(cx + 120)} ${n(shoulderY + 10)} Q${n(cx)} ${n(shoulderY + 90)} ${n(cx - 120)} ${n(shoulderY + 10)} Z" fill="${coatDark}"/>`,
    );
    out.push(`<line x1="${n(cx)}" y1="${n(shoulderY + 60)}" x2="${n(cx)}" y2="${h}" stroke="${coatDark}" stroke-width="6"/>`);
    for (let i = 0; i < 3; i++)
      out.push(`<circle cx="${n(cx + 18)}" cy="${n(shoulderY + 110 + i * 110)}" r="12" fill="${shade(coat, 0.35)}"/>`);
    for (const side of [-1, 1])
      out.push(
        `<rect x="${n(cx + side * 190 - 75)}" y="${n(shoulderY + 130)}" width="150" height="130" rx="8" fill="none" stroke="${coatDark}" stroke-width="6"/><path d="M${n(cx + side * 190 - 80)} ${n(shoulderY + 125)} H${n(cx + side * 190 + 80)} L${n(cx + side * 190 + 70)} ${n(shoulderY + 170)} L${n(cx + side * 190 - 70)} ${n(shoulderY + 170)} Z" fill="${coatDark}"/>`,
      );
    if (style === 'uniform') {
      // medals on the left chest (viewer's right)
      for (let i = 0; i < 3; i++) {
        const mx = cx + 140 + i * 55;
        const my = shoulderY + 90;
        out.push(
          `<rect x="${n(mx - 18)}" y="${n(my - 30)}" width="36" height="30" fill="${['#d32f2f', '#f9a825', '#1565c0'][i]}"/><circle cx="${n(mx)}" cy="${n(my + 20)}" r="20" fill="#e0b23a"/><polygon points="${star(mx, my + 20, 14)}" fill="#c62828"/>`,
        );
      }
    }
  } else {
    // open collar: shirt V, lapels
    out.push(
      `<path d="M${n(cx - 150)} ${n(shoulderY - 70)} L${n(cx)} ${n(shoulderY + 170)} L${n(cx + 150)} ${n(shoulderY - 70)} Z" fill="${shirt}"/>`,
    );
    out.push(
      `<path d="M${n(cx - 110)} ${n(shoulderY - 78)} L${n(cx - 30)} ${n(shoulderY + 20)} L${n(cx - 120)} ${n(shoulderY + 10)} Z M${n(cx + 110)} ${n(shoulderY - 78)} L${n(cx + 30)} ${n(shoulderY + 20)} L${n(cx + 120)} ${n(shoulderY + 10)} Z" fill="${tint(shirt, 0.2)}" stroke="#d8d8d8" stroke-width="3"/>`,
    );
    if (style === 'jacket') {
      out.push(
        `<path d="M${n(cx - 200)} ${n(shoulderY - 55)} L${n(cx - 10)} ${n(shoulderY + 260)} L${n(cx - 10)} ${h} L${n(cx - 60)} ${h} L${n(cx - 260)} ${n(shoulderY + 40)} Z M${n(cx + 200)} ${n(shoulderY - 55)} L${n(cx + 10)} ${n(shoulderY + 260)} L${n(cx + 10)} ${h} L${n(cx + 60)} ${h} L${n(cx + 260)} ${n(shoulderY + 40)} Z" fill="${coatDark}"/>`,
      );
      if (gender === 'm' && rng.chance(0.5))
        out.push(
          `<path d="M${n(cx - 22)} ${n(shoulderY + 10)} L${n(cx + 22)} ${n(shoulderY + 10)} L${n(cx + 30)} ${n(shoulderY + 180)} L${n(cx)} ${n(shoulderY + 220)} L${n(cx - 30)} ${n(shoulderY + 180)} Z" fill="${rng.pick(['#9c2b2b', '#2b4c7e', '#6a4c93'])}"/>`,
        );
    } else if (style === 'cardigan') {
      out.push(
        `<path d="M${n(cx - 150)} ${n(shoulderY - 60)} L${n(cx - 4)} ${n(shoulderY + 240)} L${n(cx - 4)} ${h} M${n(cx + 150)} ${n(shoulderY - 60)} L${n(cx + 4)} ${n(shoulderY + 240)} L${n(cx + 4)} ${h}" stroke="${coatDark}" stroke-width="22" fill="none"/>`,
      );
      for (let i = 0; i < 2; i++)
        out.push(`<circle cx="${n(cx + 26)}" cy="${n(shoulderY + 280 + i * 70)}" r="11" fill="${tint(coat, 0.4)}"/>`);
      for (let i = 0; i < 12; i++)
        out.push(
          `<line x1="${n(cx - 520 + i * 90)}" y1="${n(shoulderY + 150)}" x2="${n(cx - 520 + i * 90)}" y2="${h}" stroke="${coatDark}" stroke-width="3" opacity=".35"/>`,
        );
    }
    if (gender === 'f' && rng.chance(0.5)) {
      for (let i = 0; i < 15; i++) {
        const t = i / 14;
        const px = cx - 120 + t * 240;
        const py = shoulderY - 55 + Math.sin(t * Math.PI) * 110;
        out.push(`<circle cx="${n(px)}" cy="${n(py)}" r="11" fill="#f4f1ea" stroke="#d6cfc0" stroke-width="2"/>`);
      }
    }
  }
  if (/老模范/.test(cat)) {
    out.push(
      `<circle cx="${n(cx - 250)}" cy="${n(shoulderY + 120)}" r="52" fill="#e53935"/><circle cx="${n(cx - 250)}" cy="${n(shoulderY + 120)}" r="30" fill="#c62828"/><path d="M${n(cx - 270)} ${n(shoulderY + 160)} L${n(cx - 290)} ${n(shoulderY + 260)} L${n(cx - 255)} ${n(shoulderY + 240)} Z M${n(cx - 230)} ${n(shoulderY + 160)} L${n(cx - 210)} ${n(shoulderY + 260)} L${n(cx - 245)} ${n(shoulderY + 240)} Z" fill="#e53935"/>`,
    );
  }

  // the head, drawn at 100 % and scaled up around its centre
  out.push(`<g transform="translate(${n(cx)} ${hy}) scale(${headScale}) translate(${n(-cx)} ${-hy})">`);
  // hair behind the head
  const hairStyle = rng.int(0, 2);
  if (gender === 'f') {
    if (hairStyle === 0)
      out.push(
        `<path d="M${n(cx - 245)} ${hy + 200} Q${n(cx - 290)} ${hy - 290} ${n(cx)} ${hy - 295} Q${n(cx + 290)} ${hy - 290} ${n(cx + 245)} ${hy + 200} Q${n(cx)} ${hy + 250} ${n(cx - 245)} ${hy + 200} Z" fill="${hairShade}"/>`,
      );
    if (hairStyle === 2) out.push(`<circle cx="${n(cx)}" cy="${hy - 270}" r="95" fill="${hairShade}"/>`);
  }
  // ears
  for (const side of [-1, 1])
    out.push(
      `<ellipse cx="${n(cx + side * (rx - 8))}" cy="${hy + 30}" rx="40" ry="62" fill="${skinShade}"/><ellipse cx="${n(cx + side * (rx - 4))}" cy="${hy + 30}" rx="20" ry="36" fill="${shade(skin, 0.2)}" opacity=".4"/>`,
    );
  // face
  out.push(
    `<path d="M${n(cx - rx)} ${hy - 40} Q${n(cx - rx)} ${hy - ry} ${n(cx)} ${hy - ry} Q${n(cx + rx)} ${hy - ry} ${n(cx + rx)} ${hy - 40} Q${n(cx + rx)} ${hy + 150} ${n(cx + 110)} ${hy + 205} Q${n(cx)} ${hy + 260} ${n(cx - 110)} ${hy + 205} Q${n(cx - rx)} ${hy + 150} ${n(cx - rx)} ${hy - 40} Z" fill="url(#face)"/>`,
  );
  // wrinkles
  const line = shade(skin, 0.22);
  out.push(`<g stroke="${line}" stroke-width="5" fill="none" stroke-linecap="round" opacity=".55">`);
  out.push(
    `<path d="M${n(cx - 90)} ${hy - 150} Q${n(cx)} ${hy - 170} ${n(cx + 90)} ${hy - 150}"/><path d="M${n(cx - 70)} ${hy - 120} Q${n(cx)} ${hy - 135} ${n(cx + 70)} ${hy - 120}"/>`,
  );
  out.push(
    `<path d="M${n(cx - 175)} ${hy - 10} l-22 -10 M${n(cx - 175)} ${hy + 6} l-24 4 M${n(cx + 175)} ${hy - 10} l22 -10 M${n(cx + 175)} ${hy + 6} l24 4"/>`,
  );
  out.push(
    `<path d="M${n(cx - 70)} ${hy + 70} Q${n(cx - 105)} ${hy + 120} ${n(cx - 90)} ${hy + 165}"/><path d="M${n(cx + 70)} ${hy + 70} Q${n(cx + 105)} ${hy + 120} ${n(cx + 90)} ${hy + 165}"/></g>`,
  );
  // eyes, brows
  const ey = hy - 20;
  const ex = 82;
  const brow = shade(hair, 0.3);
  const smiling = rng.chance(0.6);
  for (const side of [-1, 1]) {
    const x = cx + side * ex;
    out.push(
      `<path d="M${n(x - side * 52)} ${ey - 58} Q${n(x)} ${ey - 82} ${n(x + side * 55)} ${ey - 60}" stroke="${brow}" stroke-width="16" fill="none" stroke-linecap="round"/>`,
    );
    if (smiling) {
      out.push(
        `<path d="M${n(x - 36)} ${ey + 6} Q${n(x)} ${ey - 26} ${n(x + 36)} ${ey + 6}" stroke="#3a2a22" stroke-width="9" fill="none" stroke-linecap="round"/>`,
      );
    } else {
      out.push(
        `<ellipse cx="${n(x)}" cy="${ey}" rx="30" ry="20" fill="#fbfaf7"/><circle cx="${n(x)}" cy="${ey}" r="16" fill="#3a2a22"/><circle cx="${n(x + 5)}" cy="${ey - 5}" r="5" fill="#fff"/>`,
      );
      out.push(
        `<path d="M${n(x - 34)} ${ey - 8} Q${n(x)} ${ey - 30} ${n(x + 34)} ${ey - 8}" stroke="${shade(skin, 0.35)}" stroke-width="6" fill="none" stroke-linecap="round"/>`,
      );
    }
  }
  // nose, mouth, cheeks
  out.push(
    `<path d="M${n(cx - 8)} ${hy + 10} Q${n(cx - 30)} ${hy + 80} ${n(cx - 20)} ${hy + 92} Q${n(cx)} ${hy + 106} ${n(cx + 26)} ${hy + 92}" stroke="${shade(skin, 0.28)}" stroke-width="7" fill="none" stroke-linecap="round"/>`,
  );
  if (rng.chance(0.6)) {
    out.push(
      `<path d="M${n(cx - 70)} ${hy + 140} Q${n(cx)} ${hy + 215} ${n(cx + 70)} ${hy + 140} Q${n(cx)} ${hy + 160} ${n(cx - 70)} ${hy + 140} Z" fill="#8c3b36"/>`,
    );
    out.push(
      `<path d="M${n(cx - 56)} ${hy + 148} Q${n(cx)} ${hy + 162} ${n(cx + 56)} ${hy + 148} L${n(cx + 50)} ${hy + 165} Q${n(cx)} ${hy + 176} ${n(cx - 50)} ${hy + 165} Z" fill="#fbfaf5"/>`,
    );
  } else {
    out.push(
      `<path d="M${n(cx - 65)} ${hy + 145} Q${n(cx)} ${hy + 190} ${n(cx + 65)} ${hy + 145}" stroke="#8c3b36" stroke-width="10" fill="none" stroke-linecap="round"/>`,
    );
  }
  out.push(
    `<ellipse cx="${n(cx - 125)}" cy="${hy + 95}" rx="44" ry="26" fill="#ee8a80" opacity=".3"/><ellipse cx="${n(cx + 125)}" cy="${hy + 95}" rx="44" ry="26" fill="#ee8a80" opacity=".3"/>`,
  );
  // glasses
  if (rng.chance(0.5)) {
    const frame = rng.pick(['#3b3b3b', '#7a5230', '#b08d57']);
    const round = rng.chance(0.5);
    out.push(`<g stroke="${frame}" stroke-width="9" fill="#ffffff" fill-opacity=".12">`);
    for (const side of [-1, 1]) {
      const x = cx + side * ex;
      out.push(
        round ? `<circle cx="${n(x)}" cy="${ey}" r="58"/>` : `<rect x="${n(x - 64)}" y="${ey - 44}" width="128" height="90" rx="22"/>`,
      );
    }
    out.push(
      `<path d="M${n(cx - ex + (round ? 58 : 64))} ${ey - 6} Q${n(cx)} ${ey - 24} ${n(cx + ex - (round ? 58 : 64))} ${ey - 6}" fill="none"/><path d="M${n(cx - ex - (round ? 58 : 64))} ${ey - 6} L${n(cx - rx + 4)} ${ey - 20} M${n(cx + ex + (round ? 58 : 64))} ${ey - 6} L${n(cx + rx - 4)} ${ey - 20}" fill="none"/></g>`,
    );
  }
  // hair in front
  const top = hy - ry;
  if (gender === 'm') {
    if (hairStyle === 0) {
      out.push(
        `<path d="M${n(cx - rx - 10)} ${hy} Q${n(cx - rx - 25)} ${top - 40} ${n(cx)} ${top - 45} Q${n(cx + rx + 25)} ${top - 40} ${n(cx + rx + 10)} ${hy} Q${n(cx + rx - 10)} ${hy - 110} ${n(cx + 120)} ${hy - 150} Q${n(cx + 40)} ${top + 30} ${n(cx - 140)} ${hy - 160} Q${n(cx - rx)} ${hy - 110} ${n(cx - rx - 10)} ${hy} Z" fill="${hair}"/>`,
      );
      for (let i = 0; i < 8; i++)
        out.push(
          `<path d="M${n(cx - 150 + i * 40)} ${top - 10} q20 25 40 50" stroke="${hairShade}" stroke-width="5" fill="none" opacity=".6"/>`,
        );
    } else if (hairStyle === 1) {
      // receding: sides and back only
      for (const side of [-1, 1])
        out.push(
          `<path d="M${n(cx + side * (rx + 14))} ${hy + 20} Q${n(cx + side * (rx + 30))} ${hy - 160} ${n(cx + side * 110)} ${top + 20} Q${n(cx + side * 140)} ${hy - 90} ${n(cx + side * (rx - 16))} ${hy + 10} Z" fill="${hair}"/>`,
        );
      for (let i = 0; i < 3; i++)
        out.push(
          `<path d="M${n(cx - 90 + i * 10)} ${top + 30 - i * 6} Q${n(cx)} ${top - 4 - i * 4} ${n(cx + 100 - i * 8)} ${top + 26 - i * 4}" stroke="${hair}" stroke-width="4" fill="none" opacity=".75"/>`,
        );
    } else {
      out.push(
        `<path d="M${n(cx - rx - 8)} ${hy - 10} Q${n(cx - rx - 30)} ${top - 60} ${n(cx - 20)} ${top - 50} Q${n(cx + rx + 40)} ${top - 50} ${n(cx + rx + 8)} ${hy - 10} Q${n(cx + rx - 20)} ${hy - 120} ${n(cx + 60)} ${hy - 170} Q${n(cx - 120)} ${hy - 150} ${n(cx - rx - 8)} ${hy - 10} Z" fill="${hair}"/>`,
      );
      out.push(
        `<path d="M${n(cx - 100)} ${top - 30} Q${n(cx + 40)} ${top - 40} ${n(cx + 160)} ${top + 10}" stroke="${hairShade}" stroke-width="6" fill="none" opacity=".6"/>`,
      );
    }
  } else if (hairStyle === 1) {
    // short curls
    for (let i = 0; i < 17; i++) {
      const a = Math.PI * (0.95 + (i / 16) * 1.1);
      out.push(
        `<circle cx="${n(cx + Math.cos(a) * (rx + 10))}" cy="${n(hy - 20 + Math.sin(a) * (ry + 10))}" r="${n(rng.range(58, 72))}" fill="${i % 2 ? hair : tint(hair, 0.08)}"/>`,
      );
    }
    for (let i = 0; i < 8; i++)
      out.push(`<circle cx="${n(cx - 170 + i * 48)}" cy="${n(top + 30 + Math.abs(i - 3.5) * 14)}" r="44" fill="${hair}"/>`);
  } else {
    out.push(
      `<path d="M${n(cx - rx - 30)} ${hy + 150} Q${n(cx - rx - 60)} ${top - 60} ${n(cx)} ${top - 60} Q${n(cx + rx + 60)} ${top - 60} ${n(cx + rx + 30)} ${hy + 150} Q${n(cx + rx + 5)} ${hy + 20} ${n(cx + rx - 10)} ${hy - 80} Q${n(cx + 80)} ${hy - 150} ${n(cx - 60)} ${hy - 180} Q${n(cx - rx + 20)} ${hy - 100} ${n(cx - rx - 5)} ${hy + 20} Q${n(cx - rx - 5)} ${hy + 80} ${n(cx - rx - 30)} ${hy + 150} Z" fill="${hair}"/>`,
    );
    out.push(
      `<path d="M${n(cx - 60)} ${top - 40} Q${n(cx + 60)} ${top - 20} ${n(cx + 170)} ${hy - 120}" stroke="${hairShade}" stroke-width="6" fill="none" opacity=".6"/>`,
    );
  }
  out.push('</g>');
  return out.join('');
}
