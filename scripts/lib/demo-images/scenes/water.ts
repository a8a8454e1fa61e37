// 防溺水/水边: elders and children on the near bank of a river or pond (far bank, reflections, lotus, reeds,
// railing) with a warning sign and the banner on poles.
import { label, n, shade } from '../draw';
import { bannerOnPoles, grassTufts, hills, skyAndSun, tree } from '../scenery';
import { crowd, headsTop, type Placed, renderPlaced, type SceneParams } from './common';
import { allText } from '../subject';
export function sceneWater(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const horizon = 600;
  const shore = rng.range(850, 890);
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon)];
  const water =
    pal.season === 'winter' ? ['#8fb3c7', '#6f97ad'] : pal.season === 'autumn' ? ['#7fb0c8', '#4b86a8'] : ['#78bde3', '#3b8fc6'];
  out.push(
    `<defs><linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${water[0]}"/><stop offset="1" stop-color="${water[1]}"/></linearGradient></defs>`,
  );
  // far bank with a line of trees
  out.push(`<rect x="0" y="${horizon - 10}" width="${w}" height="40" fill="${pal.grassDark}"/>`);
  for (let x = -20; x < w + 40; x += rng.range(60, 110)) out.push(tree(pal, rng, x, horizon + 20, rng.range(0.35, 0.5)));
  out.push(`<rect x="0" y="${horizon + 25}" width="${w}" height="${n(shore - horizon)}" fill="url(#water)"/>`);
  // reflections and ripples
  for (let i = 0; i < 70; i++) {
    const y = rng.range(horizon + 35, shore - 10);
    const x = rng.range(0, w);
    const len = 20 + ((y - horizon) / (shore - horizon)) * 90;
    out.push(
      `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + len)}" y2="${n(y)}" stroke="#fff" stroke-width="${n(2 + (y - horizon) / 90)}" stroke-linecap="round" opacity="${rng.range(0.25, 0.55).toFixed(2)}"/>`,
    );
  }
  if (pal.season === 'summer' || pal.season === 'spring' || /荷/.test(allText(p.ctx))) {
    // lotus leaves
    for (let i = 0; i < 14; i++) {
      const y = rng.range(horizon + 60, shore - 40);
      const x = rng.chance(0.5) ? rng.range(0, 380) : rng.range(w - 380, w);
      const r = 14 + ((y - horizon) / (shore - horizon)) * 34;
      out.push(
        `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r)}" ry="${n(r * 0.38)}" fill="#3f8f4a"/><ellipse cx="${n(x)}" cy="${n(y - 2)}" rx="${n(r * 0.6)}" ry="${n(r * 0.2)}" fill="#5aab5a"/>`,
      );
      if (pal.season === 'summer' && rng.chance(0.4))
        out.push(
          `<path d="M${n(x - r * 0.25)} ${n(y - r * 0.2)} Q${n(x)} ${n(y - r * 1.1)} ${n(x + r * 0.25)} ${n(y - r * 0.2)} Z" fill="#f48fb1"/>`,
        );
    }
  }
  // near bank
  out.push(
    `<path d="M0 ${n(shore)} Q${n(w * 0.3)} ${n(shore - 25)} ${n(w * 0.55)} ${n(shore)} T${w} ${n(shore - 10)} L${w} ${h} L0 ${h} Z" fill="${pal.grass}"/>`,
  );
  out.push(
    `<path d="M0 ${n(shore)} Q${n(w * 0.3)} ${n(shore - 25)} ${n(w * 0.55)} ${n(shore)} T${w} ${n(shore - 10)}" stroke="#a89f8c" stroke-width="14" fill="none"/>`,
  );
  // reeds
  for (let i = 0; i < 40; i++) {
    const x = rng.chance(0.5) ? rng.range(0, 260) : rng.range(w - 260, w);
    const hh = rng.range(50, 110);
    out.push(
      `<path d="M${n(x)} ${n(shore + 10)} Q${n(x + rng.range(-12, 12))} ${n(shore - hh / 2)} ${n(x + rng.range(-20, 20))} ${n(shore - hh)}" stroke="${shade(pal.grassDark, 0.1)}" stroke-width="4" fill="none"/>`,
    );
    if (pal.season !== 'spring' && rng.chance(0.4))
      out.push(`<ellipse cx="${n(x)}" cy="${n(shore - hh + 12)}" rx="5" ry="14" fill="#8d6e4f"/>`);
  }
  out.push(grassTufts(pal, rng, 0, w, shore + 20, h, 110));
  // railing along the bank
  if (rng.chance(0.5)) {
    const ry = shore + 40;
    out.push(
      `<line x1="0" y1="${n(ry - 60)}" x2="${w}" y2="${n(ry - 60)}" stroke="#e8e4da" stroke-width="8"/><line x1="0" y1="${n(ry - 30)}" x2="${w}" y2="${n(ry - 30)}" stroke="#e8e4da" stroke-width="6"/>`,
    );
    for (let x = 20; x < w; x += 110) out.push(`<rect x="${x}" y="${n(ry - 74)}" width="14" height="80" fill="#d9d4c7"/>`);
  }
  // warning sign
  const signX = rng.chance(0.5) ? rng.range(40, 90) : rng.range(w - 250, w - 215); // clear of the banner poles
  const signY = shore + 70;
  out.push(`<rect x="${n(signX + 95)}" y="${n(signY - 150)}" width="14" height="170" fill="#7a7a7a"/>`);
  out.push(
    `<rect x="${n(signX)}" y="${n(signY - 300)}" width="204" height="160" rx="6" fill="#ffffff" stroke="#d32f2f" stroke-width="8"/>`,
  );
  out.push(label('水深危险', signX + 102, signY - 252, 40, '#d32f2f'));
  out.push(label('禁止下水游泳', signX + 102, signY - 190, 30, '#333333'));
  const placed: Placed[] = [];
  const people = crowd(p, { x0: 360, x1: w - 360, y0: shore + 60, y1: 1140 }, rng.chance(0.5) ? 'photo' : 'clusters', [1.0, 1.35]);
  placed.push(...people);
  const bw = 820;
  const bx = w / 2 - bw / 2 + rng.range(-80, 80);
  placed.push({
    y: shore + 50,
    svg: bannerOnPoles(p.banner, bx, shore + 50, bw, 72, Math.min(shore - 250, headsTop(people) - 72 - 30)),
  });
  out.push(renderPlaced(placed));
  return out.join('');
}
