// 户外活动: elders and children on a plaza (a group photo or clusters) in front of the school, village hall or
// community centre the caption names, with trees, flags and the red banner.
import { communityCentre, school, villageHall } from '../buildings';
import { n } from '../draw';
import { banner, flag, grassTufts, hills, skyAndSun, tree } from '../scenery';
import { crowd, ground, headsTop, type Placed, renderPlaced, type SceneParams } from './common';
import { allText } from '../subject';
export function sceneOutdoor(p: SceneParams): string {
  const { rng, pal, w, h, ctx } = p;
  const horizon = 720;
  const baseY = 800;
  const out: string[] = [skyAndSun(pal, rng, w, horizon), hills(pal, rng, w, horizon), ground(p, horizon)];
  // the building: what this picture's caption says first, then the entry's title
  const buildingOf = (t: string) =>
    /党群|村委|村部|村民|农家|田/.test(t)
      ? 'village'
      : /学校|小学|中学|校园|校门|学生|开学|少先队|队员|课/.test(t)
        ? 'school'
        : /社区|街道|小区/.test(t)
          ? 'community'
          : /村|乡/.test(t)
            ? 'village'
            : null;
  const kind = buildingOf(ctx.imageText.join(' ')) ?? buildingOf(allText(ctx)) ?? rng.pick(['school', 'village', 'community'] as const);
  const cx = w / 2 + rng.range(-120, 120);
  // background trees behind the building
  for (let i = 0; i < 6; i++) {
    const tx = rng.chance(0.5) ? rng.range(20, cx - 380) : rng.range(cx + 380, w - 20);
    out.push(tree(pal, rng, tx, baseY - rng.range(0, 20), rng.range(0.7, 1.0)));
  }
  const b =
    kind === 'school'
      ? school(pal, rng, cx, baseY)
      : kind === 'village'
        ? villageHall(pal, rng, cx, baseY)
        : communityCentre(pal, rng, cx, baseY);
  out.push(b.svg);
  // plaza
  out.push(
    `<path d="M${n(cx - 520)} ${baseY} L${n(cx + 520)} ${baseY} L${w + 300} ${h} L-300 ${h} Z" fill="${pal.snow ? '#dfe3e4' : '#d9d1c1'}"/>`,
  );
  for (let i = 1; i < 8; i++) {
    const yy = baseY + (h - baseY) * (i / 8) ** 1.6;
    out.push(`<line x1="0" y1="${n(yy)}" x2="${w}" y2="${n(yy)}" stroke="#000" stroke-opacity=".05" stroke-width="2"/>`);
  }
  for (let i = -6; i <= 6; i++)
    out.push(
      `<line x1="${n(cx + i * 85)}" y1="${baseY}" x2="${n(cx + i * 260)}" y2="${h}" stroke="#000" stroke-opacity=".05" stroke-width="2"/>`,
    );
  out.push(grassTufts(pal, rng, 0, w, horizon + 10, h, 140));
  if (b.flagX !== null) out.push(flag(b.flagX, baseY + 50, 470));
  const placed: Placed[] = [];
  // foreground trees at the edges
  placed.push({ y: h + 10, svg: tree(pal, rng, rng.range(-40, 90), h + 30, rng.range(1.6, 2.0)) });
  if (rng.chance(0.6)) placed.push({ y: h + 10, svg: tree(pal, rng, rng.range(w - 90, w + 40), h + 30, rng.range(1.5, 1.9)) });
  const style = /合影|合照|集体照/.test(allText(ctx)) || rng.chance(0.55) ? 'photo' : 'clusters';
  const people = crowd(p, { x0: 260, x1: w - 260, y0: 880, y1: 1130 }, style, [0.95, 1.4]);
  placed.push(...people);
  // on the facade, but never hidden behind the people in front
  out.push(banner(p.banner, b.slot.x, Math.min(b.slot.y, headsTop(people) - b.slot.h - 18), b.slot.w, b.slot.h));
  out.push(renderPlaced(placed));
  return out.join('');
}
