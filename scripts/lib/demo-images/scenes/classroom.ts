// 课堂: an elder at the lectern before the blackboard (a phrase for the topic), the banner above it, windows,
// pupils at their desks seen from behind.
import { fittedLabel, n, shade, star } from '../draw';
import { CHILD_BODY, drawFigure, makeChild, makeElder } from '../people';
import { banner } from '../scenery';
import { type SceneParams, windowView } from './common';
import { blackboardPhrase } from '../subject';
export function sceneClassroom(p: SceneParams): string {
  const { rng, pal, w, h, ctx } = p;
  const floorY = 800;
  const wall = rng.pick(['#f4f1e8', '#eef2ea', '#f3efe6']);
  const dado = rng.pick(['#9cc5a1', '#a9c7d8', '#c9d8a5']);
  const out: string[] = [];
  out.push(`<rect width="${w}" height="${floorY}" fill="${wall}"/>`);
  out.push(
    `<rect y="${floorY - 230}" width="${w}" height="230" fill="${dado}"/><rect y="${floorY - 236}" width="${w}" height="8" fill="${shade(dado, 0.15)}"/>`,
  );
  out.push(`<rect y="${floorY}" width="${w}" height="${h - floorY}" fill="${rng.pick(['#c9a27a', '#b9b3a9', '#d1b48c'])}"/>`);
  for (let i = 1; i < 7; i++)
    out.push(
      `<line x1="0" y1="${n(floorY + (h - floorY) * (i / 7) ** 1.5)}" x2="${w}" y2="${n(floorY + (h - floorY) * (i / 7) ** 1.5)}" stroke="#000" stroke-opacity=".06" stroke-width="3"/>`,
    );
  // windows on the sides
  out.push(windowView(p, 40, 230, 250, 330, 'winL'));
  out.push(windowView(p, w - 290, 230, 250, 330, 'winR'));
  // blackboard
  const bx = 380;
  const bw = w - 760;
  const by = 290;
  const bh = 330;
  out.push(`<rect x="${bx - 14}" y="${by - 14}" width="${bw + 28}" height="${bh + 28}" fill="#8d6e63"/>`);
  out.push(`<rect x="${bx}" y="${by}" width="${bw}" height="${bh}" fill="${rng.pick(['#2f5a46', '#2d4f45', '#25463a'])}"/>`);
  out.push(`<rect x="${bx - 20}" y="${by + bh + 10}" width="${bw + 40}" height="14" fill="#a1887f"/>`);
  const phrase = blackboardPhrase(ctx);
  out.push(fittedLabel(phrase, bx + bw / 2, by + 90, bw * 0.85, 70, '#f5f5f0', 400));
  for (let i = 0; i < 3; i++) {
    const ly = by + 170 + i * 48;
    const lx = bx + 80 + rng.range(0, 60);
    const len = rng.range(bw * 0.35, bw * 0.7);
    let d = `M${n(lx)} ${n(ly)}`;
    for (let x = lx; x < lx + len; x += 22) d += ` q11 ${n(rng.range(-9, 9))} 22 0`;
    out.push(`<path d="${d}" stroke="#e8e8e0" stroke-width="4" fill="none" opacity=".75"/>`);
  }
  // banner above the blackboard
  if (rng.chance(0.9)) out.push(banner(p.banner, bx - 30, 150, bw + 60, 84));
  else
    out.push(
      `<rect x="${n(w / 2 - 60)}" y="150" width="120" height="80" fill="#de2910"/><polygon points="${star(w / 2 - 40, 172, 14)}" fill="#ffde00"/>`,
    );
  // lectern and the elder at the front
  const lx = rng.chance(0.5) ? bx + bw - 130 : bx + 40;
  const elder = makeElder(rng, pal.season);
  elder.raise = rng.chance(0.6) ? (lx > w / 2 ? 'left' : 'right') : 'none';
  const ex = lx > w / 2 ? lx - 60 : lx + 190;
  out.push(drawFigure(elder, ex, floorY + 40, 1.3));
  out.push(
    `<path d="M${n(lx)} ${floorY - 120} L${n(lx + 150)} ${floorY - 120} L${n(lx + 135)} ${floorY + 40} L${n(lx + 15)} ${floorY + 40} Z" fill="#8d5b3f"/><rect x="${n(lx - 10)}" y="${floorY - 132}" width="170" height="18" fill="#6d4530"/>`,
  );
  out.push(`<rect x="${n(lx + 30)}" y="${floorY - 90}" width="90" height="52" fill="#c62828"/>`);
  // pupils at desks, seen from behind: desk (further away), child, then the chair back in front
  const rows: Array<[number, number]> = [
    [880, 1.0],
    [1010, 1.3],
    [1165, 1.7],
  ];
  rows.forEach(([seat, s], ri) => {
    const cols = ri === 2 ? 3 : 4;
    const span = w * (ri === 2 ? 1.12 : 0.92);
    const k = s * 0.9;
    for (let c = 0; c < cols; c++) {
      const x = w / 2 + (c - (cols - 1) / 2) * (span / cols) + (ri % 2 ? 34 : -34);
      const dw = 150 * s;
      const deskTop = seat - CHILD_BODY.torsoH * k * 0.55;
      out.push(
        `<rect x="${n(x - dw / 2 + 8 * s)}" y="${n(deskTop + 10 * s)}" width="${n(dw - 16 * s)}" height="${n(46 * s)}" fill="#b98b5c"/>`,
      );
      out.push(`<rect x="${n(x - dw / 2)}" y="${n(deskTop)}" width="${n(dw)}" height="${n(11 * s)}" fill="#dcb887"/>`);
      for (const side of [-1, 1]) {
        const kid = makeChild(rng, pal.season);
        kid.back = true;
        kid.raise = rng.chance(0.12) ? (side < 0 ? 'left' : 'right') : 'none';
        const kx = x + side * dw * 0.25;
        out.push(drawFigure(kid, kx, seat + CHILD_BODY.legH * k, k, { shadow: false, seated: true }));
        const chair = '#3d6fa5';
        out.push(
          `<rect x="${n(kx - 22 * s)}" y="${n(seat - 16 * s)}" width="${n(44 * s)}" height="${n(14 * s)}" rx="${n(4 * s)}" fill="${chair}"/>`,
        );
        out.push(
          `<rect x="${n(kx - 21 * s)}" y="${n(seat - 16 * s)}" width="${n(5 * s)}" height="${n(70 * s)}" fill="${shade(chair, 0.15)}"/><rect x="${n(kx + 16 * s)}" y="${n(seat - 16 * s)}" width="${n(5 * s)}" height="${n(70 * s)}" fill="${shade(chair, 0.15)}"/>`,
        );
      }
    }
  });
  return out.join('');
}
