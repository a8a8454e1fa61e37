// 走访慰问: elders visiting a child and grandparent at a rural house behind a low courtyard wall, with gifts.
import { ruralHouse } from '../buildings';
import { label, n } from '../draw';
import { drawFigure, makeAdult, makeChild, makeElder } from '../people';
import { grassTufts, hills, skyAndSun, tree } from '../scenery';
import { ground, type Placed, renderPlaced, type SceneParams } from './common';
export function sceneVisit(p: SceneParams): string {
  const { rng, pal, w, h } = p;
  const horizon = 700;
  const baseY = 830;
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon), ground(p, horizon)];
  const cx = w / 2 + rng.range(-200, 200);
  for (let i = 0; i < 5; i++)
    out.push(
      tree(pal, rng, rng.chance(0.5) ? rng.range(0, cx - 380) : rng.range(cx + 380, w), baseY - rng.range(10, 40), rng.range(0.8, 1.1)),
    );
  out.push(ruralHouse(pal, rng, cx, baseY));
  out.push(
    `<path d="M${n(cx - 420)} ${baseY} L${n(cx + 420)} ${baseY} L${w + 200} ${h} L-200 ${h} Z" fill="${pal.snow ? '#e4e6e4' : '#d8cdb5'}"/>`,
  );
  out.push(grassTufts(pal, rng, 0, w, horizon + 10, h, 90));
  // a low courtyard wall
  out.push(
    `<rect x="0" y="${baseY - 60}" width="${n(cx - 420)}" height="70" fill="#e8e2d6"/><rect x="${n(cx + 420)}" y="${baseY - 60}" width="${n(w - cx - 420)}" height="70" fill="#e8e2d6"/>`,
  );
  const placed: Placed[] = [];
  // the visiting elders, the child and grandparent in the middle, gifts
  const gy = rng.range(1080, 1130);
  const mid = w / 2 + rng.range(-80, 80);
  const s = 1.45;
  const visitor = makeElder(rng, pal.season);
  visitor.raise = 'none';
  placed.push({ y: gy, svg: drawFigure(visitor, mid - 220, gy, s) });
  const visitor2 = rng.chance(0.6) ? makeElder(rng, pal.season) : makeAdult(rng);
  placed.push({ y: gy - 40, svg: drawFigure(visitor2, mid - 380, gy - 40, s * 0.95) });
  const grandma = makeElder(rng, pal.season, 'f');
  grandma.vest = null;
  placed.push({ y: gy - 20, svg: drawFigure(grandma, mid + 200, gy - 20, s) });
  const kid = makeChild(rng, pal.season);
  placed.push({ y: gy + 10, svg: drawFigure(kid, mid, gy + 10, s) });
  // gift bag and a bag of rice / box of milk at their feet
  placed.push({
    y: gy + 20,
    svg:
      `<rect x="${n(mid - 150)}" y="${n(gy - 150)}" width="70" height="84" rx="6" fill="#d32f2f"/><path d="M${n(mid - 138)} ${n(gy - 150)} Q${n(mid - 115)} ${n(gy - 190)} ${n(mid - 92)} ${n(gy - 150)}" stroke="#b71c1c" stroke-width="6" fill="none"/>` +
      `<rect x="${n(mid + 60)}" y="${n(gy - 70)}" width="110" height="80" fill="#f5f0e1" stroke="#c9bfa6" stroke-width="3"/>${label('大米', mid + 115, gy - 32, 30, '#c62828')}` +
      `<rect x="${n(mid - 340)}" y="${n(gy - 60)}" width="90" height="70" fill="#2e7d32"/>${label('牛奶', mid - 295, gy - 25, 26, '#ffffff')}`,
  });
  out.push(renderPlaced(placed));
  return out.join('');
}
