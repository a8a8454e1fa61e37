// 会议: a meeting hall with the banner over the stage, a projected slide, the presidium at a long table,
// flower pots, and the audience seen from behind.
import { label, n } from '../draw';
import { drawFigure, makeAdult, makeElder } from '../people';
import { banner } from '../scenery';
import { type SceneParams, windowView } from './common';
import { allText } from '../subject';
export function sceneMeeting(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const floorY = 780;
  const out: string[] = [];
  const hall = rng.chance(0.5);
  const wall = hall ? '#f1e9dc' : rng.pick(['#ece8e0', '#e8ecef', '#efe9df']);
  out.push(`<rect width="${w}" height="${floorY}" fill="${wall}"/>`);
  out.push(`<rect y="${floorY}" width="${w}" height="${h - floorY}" fill="${hall ? '#8e3b35' : '#a98c6d'}"/>`);
  if (hall) {
    // stage backdrop and red curtains
    out.push(`<rect x="150" y="80" width="${w - 300}" height="${floorY - 80}" fill="#1f4e8c"/>`);
    out.push(`<rect x="150" y="80" width="${w - 300}" height="${floorY - 80}" fill="#ffffff" opacity=".06"/>`);
    for (const side of [0, 1]) {
      const x0 = side ? w - 230 : 0;
      out.push(`<rect x="${x0}" y="0" width="230" height="${floorY}" fill="#a3141c"/>`);
      for (let i = 0; i < 6; i++)
        out.push(`<rect x="${x0 + 12 + i * 38}" y="0" width="14" height="${floorY}" fill="#7f0f16" opacity=".55"/>`);
    }
    out.push(`<rect width="${w}" height="70" fill="#a3141c"/>`);
    for (let i = 0; i < 24; i++) out.push(`<path d="M${i * 70} 70 Q${i * 70 + 35} 110 ${i * 70 + 70} 70 Z" fill="#8d1118"/>`);
    out.push(banner(p.banner, 260, 150, w - 520, 96));
  } else {
    out.push(
      `<rect y="${floorY - 160}" width="${w}" height="160" fill="#b58b66"/><rect y="${floorY - 166}" width="${w}" height="8" fill="#8d6748"/>`,
    );
    out.push(windowView(p, 60, 180, 240, 360, 'mwinL'));
    out.push(windowView(p, w - 300, 180, 240, 360, 'mwinR'));
    for (const cx of [40, w - 40 - 280])
      out.push(
        `<rect x="${cx}" y="160" width="40" height="420" fill="#b0413e" opacity=".9"/><rect x="${cx + 240}" y="160" width="40" height="420" fill="#b0413e" opacity=".9"/>`,
      );
    out.push(banner(p.banner, 340, 120, w - 680, 90));
    out.push(`<rect x="${w / 2 - 220}" y="270" width="440" height="250" fill="#fafafa" stroke="#9e9e9e" stroke-width="6"/>`);
    // projected slide: a heading and bullet lines
    const t = allText(p.ctx);
    const heading = /表彰/.test(t)
      ? '表彰先进'
      : /培训/.test(t)
        ? '业务培训'
        : /推进|部署|调度|动员/.test(t)
          ? '工作部署'
          : /座谈|交流|研讨/.test(t)
            ? '座谈交流'
            : '工作交流';
    out.push(`<rect x="${w / 2 - 214}" y="276" width="428" height="64" fill="#1f5aa6"/>`);
    out.push(label(heading, w / 2, 308, 38, '#ffffff', { spacing: 4 }));
    for (let i = 0; i < 4; i++) {
      out.push(
        `<circle cx="${w / 2 - 170}" cy="${380 + i * 36}" r="7" fill="#1f5aa6"/><rect x="${w / 2 - 150}" y="${374 + i * 36}" width="${n(rng.range(200, 330))}" height="12" rx="6" fill="#b0bec5"/>`,
      );
    }
  }
  // presidium: seated people behind a long table
  const tableY = 640;
  const seats = rng.int(5, 7);
  const tw = Math.min(w - 360, seats * 190);
  const tx = w / 2 - tw / 2;
  const seated = 0.95;
  for (let i = 0; i < seats; i++) {
    const x = tx + (i + 0.5) * (tw / seats);
    const f = rng.chance(0.75) ? makeElder(rng, pal.season) : makeAdult(rng);
    f.vest = null;
    out.push(drawFigure(f, x, tableY + 150 * seated, seated, { shadow: false }));
  }
  const cloth = rng.pick(['#2e6b4f', '#a4161a', '#1f4e8c']);
  out.push(`<rect x="${n(tx - 30)}" y="${tableY}" width="${n(tw + 60)}" height="20" fill="#ffffff"/>`);
  out.push(`<rect x="${n(tx - 30)}" y="${tableY + 20}" width="${n(tw + 60)}" height="${floorY - tableY - 10}" fill="${cloth}"/>`);
  for (let x = tx - 20; x < tx + tw + 30; x += 26)
    out.push(`<rect x="${n(x)}" y="${tableY + 20}" width="8" height="${floorY - tableY - 10}" fill="#000" opacity=".12"/>`);
  for (let i = 0; i < seats; i++) {
    const x = tx + (i + 0.5) * (tw / seats);
    out.push(
      `<path d="M${n(x - 40)} ${tableY + 6} L${n(x - 36)} ${tableY - 30} L${n(x + 36)} ${tableY - 30} L${n(x + 40)} ${tableY + 6} Z" fill="#fff" stroke="#ddd"/><rect x="${n(x - 24)}" y="${tableY - 18}" width="48" height="8" fill="#c62828"/>`,
    );
    out.push(
      `<path d="M${n(x + 55)} ${tableY + 4} L${n(x + 58)} ${tableY - 26} L${n(x + 80)} ${tableY - 26} L${n(x + 83)} ${tableY + 4} Z" fill="#fafafa" stroke="#ccc"/><rect x="${n(x + 55)}" y="${tableY - 32}" width="28" height="7" rx="3" fill="#e0e0e0"/>`,
    );
    out.push(
      `<line x1="${n(x - 55)}" y1="${tableY + 2}" x2="${n(x - 30)}" y2="${tableY - 55}" stroke="#222" stroke-width="4"/><ellipse cx="${n(x - 30)}" cy="${tableY - 58}" rx="6" ry="9" fill="#222"/>`,
    );
  }
  // flower pots along the front
  for (let x = tx; x < tx + tw; x += 110) {
    const fy = floorY + 20;
    out.push(`<path d="M${n(x)} ${fy - 30} L${n(x + 60)} ${fy - 30} L${n(x + 52)} ${fy + 10} L${n(x + 8)} ${fy + 10} Z" fill="#8d6e63"/>`);
    out.push(`<ellipse cx="${n(x + 30)}" cy="${fy - 48}" rx="50" ry="28" fill="#4e8d3e"/>`);
    for (let i = 0; i < 6; i++)
      out.push(
        `<circle cx="${n(x + 30 + rng.range(-38, 38))}" cy="${n(fy - 50 + rng.range(-16, 12))}" r="${n(rng.range(7, 11))}" fill="${rng.pick(['#ffd54f', '#ef5350', '#ff8a65'])}"/>`,
      );
  }
  // audience, seen from behind
  const rows: Array<[number, number]> = [
    [1060, 1.55],
    [1270, 2.0],
  ];
  rows.forEach(([ry, s], ri) => {
    const count = ri ? 5 : 7;
    for (let i = 0; i < count; i++) {
      const f = rng.chance(0.7) ? makeElder(rng, pal.season) : makeAdult(rng);
      f.back = true;
      f.vest = null;
      const x = w / 2 + (i - (count - 1) / 2) * (w / (count - 0.5)) + rng.range(-15, 15);
      out.push(drawFigure(f, x, ry + 120 * s, s, { shadow: false }));
      out.push(
        `<rect x="${n(x - 60 * s)}" y="${n(ry - 20 * s)}" width="${n(120 * s)}" height="${n(80 * s)}" rx="${n(10 * s)}" fill="${hall ? '#7b1f24' : '#37474f'}"/>`,
      );
    }
  });
  return out.join('');
}
