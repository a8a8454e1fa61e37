// 红色教育: a memorial column with an inscription among pines, steps and a wreath, children and elders before it.
import { label, n, shade, star, tint } from '../draw';
import { bannerOnPoles, grassTufts, hills, skyAndSun } from '../scenery';
import { crowd, ground, headsTop, type Placed, renderPlaced, type SceneParams } from './common';
export function sceneMemorial(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const horizon = 740;
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon), ground(p, horizon)];
  const cx = w / 2;
  // rows of pines behind
  for (let i = 0; i < 12; i++) {
    const side = i % 2 ? 1 : -1;
    const x = cx + side * rng.range(240, 760);
    const c = shade(pal.trees[0]!, pal.season === 'autumn' ? 0.55 : 0.35);
    const s = rng.range(0.8, 1.2);
    out.push(
      `<g transform="translate(${n(x)} ${horizon + 40}) scale(${s.toFixed(2)})"><rect x="-7" y="-40" width="14" height="40" fill="${pal.trunk}"/><ellipse cx="0" cy="-170" rx="55" ry="150" fill="${c}"/><ellipse cx="-14" cy="-200" rx="22" ry="90" fill="${tint(c, 0.12)}" opacity=".6"/></g>`,
    );
  }
  // steps
  const stone = '#d9d7cf';
  for (let i = 0; i < 4; i++) {
    const sw = 900 - i * 130;
    const sy = 900 - i * 38;
    out.push(
      `<rect x="${n(cx - sw / 2)}" y="${sy}" width="${sw}" height="38" fill="${shade(stone, i * 0.04)}"/><rect x="${n(cx - sw / 2)}" y="${sy}" width="${sw}" height="6" fill="#fff" opacity=".5"/>`,
    );
  }
  // column with inscription
  const colW = 170;
  const colTop = 150;
  const colBase = 786;
  out.push(`<rect x="${n(cx - colW / 2 - 40)}" y="${colBase - 80}" width="${colW + 80}" height="80" fill="${shade(stone, 0.08)}"/>`);
  out.push(
    `<path d="M${n(cx - colW / 2)} ${colBase - 80} L${n(cx - colW / 2 + 14)} ${colTop} L${n(cx + colW / 2 - 14)} ${colTop} L${n(cx + colW / 2)} ${colBase - 80} Z" fill="${stone}"/>`,
  );
  out.push(
    `<path d="M${n(cx + colW / 2 - 40)} ${colBase - 80} L${n(cx + colW / 2 - 30)} ${colTop} L${n(cx + colW / 2 - 14)} ${colTop} L${n(cx + colW / 2)} ${colBase - 80} Z" fill="#000" opacity=".08"/>`,
  );
  out.push(
    `<path d="M${n(cx - colW / 2 + 8)} ${colTop} L${n(cx)} ${colTop - 80} L${n(cx + colW / 2 - 8)} ${colTop} Z" fill="${shade(stone, 0.05)}"/>`,
  );
  out.push(`<polygon points="${star(cx, colTop - 40, 24)}" fill="#d32f2f"/>`);
  const words = '革命烈士永垂不朽';
  [...words].forEach((ch, i) => out.push(label(ch, cx, colTop + 52 + i * 52, 44, '#b8860b')));
  // wreath
  const wy = 850;
  out.push(
    `<line x1="${n(cx - 40)}" y1="${wy + 80}" x2="${n(cx - 10)}" y2="${wy}" stroke="#6d4c41" stroke-width="6"/><line x1="${n(cx + 40)}" y1="${wy + 80}" x2="${n(cx + 10)}" y2="${wy}" stroke="#6d4c41" stroke-width="6"/>`,
  );
  out.push(`<circle cx="${n(cx)}" cy="${wy}" r="70" fill="none" stroke="#3f7f3f" stroke-width="34"/>`);
  for (let i = 0; i < 18; i++) {
    const a = (i / 18) * Math.PI * 2;
    out.push(`<circle cx="${n(cx + Math.cos(a) * 70)}" cy="${n(wy + Math.sin(a) * 70)}" r="10" fill="${i % 3 ? '#ffffff' : '#ffd54f'}"/>`);
  }
  out.push(
    `<path d="M${n(cx - 30)} ${wy + 60} L${n(cx - 50)} ${wy + 150} L${n(cx - 20)} ${wy + 140} Z M${n(cx + 30)} ${wy + 60} L${n(cx + 50)} ${wy + 150} L${n(cx + 20)} ${wy + 140} Z" fill="#d32f2f"/>`,
  );
  out.push(grassTufts(pal, rng, 0, w, horizon + 10, h, 90));
  const placed: Placed[] = [];
  const people = crowd(p, { x0: 220, x1: w - 220, y0: 960, y1: 1140 }, 'photo', [0.85, 1.1]);
  placed.push(...people);
  placed.push({
    y: 920,
    svg: bannerOnPoles(p.banner, cx - 430, 930, 860, 74, Math.min(612, headsTop(people) - 74 - 20)),
  });
  out.push(renderPlaced(placed));
  return out.join('');
}
