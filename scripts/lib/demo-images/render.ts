// One picture from its context: the scene or portrait as SVG, rasterised by sharp, with light photo grain so
// the file behaves like a phone photo (size, JPEG blocks).
import sharp, { type Sharp } from 'sharp';
import { portrait } from './portrait';
import { Rng } from './rng';
import { sceneClassroom } from './scenes/classroom';
import { type SceneParams } from './scenes/common';
import { sceneMeeting } from './scenes/meeting';
import { sceneMemorial } from './scenes/memorial';
import { sceneOutdoor } from './scenes/outdoor';
import { sceneVisit } from './scenes/visit';
import { sceneWater } from './scenes/water';
import { bannerText, chooseScene, type ImageContext, PALETTES, SCENE_NAMES, type SceneKind, seasonOf } from './subject';
export interface Rendered {
  data: Buffer;
  width: number;
  height: number;
  what: string;
}

const SCENES: Record<SceneKind, (p: SceneParams) => string> = {
  outdoor: sceneOutdoor,
  water: sceneWater,
  meeting: sceneMeeting,
  classroom: sceneClassroom,
  visit: sceneVisit,
  memorial: sceneMemorial,
};

/**
 * Draws the picture for `ctx`. `seedPath` (the image's path inside content/) seeds the drawing; `placeNames`
 * (scan.ts) keeps place names out of the scene choice.
 */
export async function renderImage(
  ctx: ImageContext,
  seedPath: string,
  format: 'jpeg' | 'png' | 'webp',
  placeNames: readonly string[] = [],
): Promise<Rendered> {
  const rng = new Rng(seedPath);
  const isPortrait = ctx.role === 'portrait';
  const width = isPortrait ? 1200 : 1600;
  const height = isPortrait ? 1500 : 1200;
  let body: string;
  let what: string;
  if (isPortrait) {
    body = portrait(ctx, rng, width, height);
    what = `肖像${ctx.category ? `·${ctx.category}` : ''}${ctx.gender ? `·${ctx.gender}` : ''}`;
  } else {
    const { kind } = chooseScene(ctx, placeNames);
    const pal = PALETTES[seasonOf(ctx.month, rng)];
    const params: SceneParams = { ctx, rng, pal, banner: bannerText(ctx.bannerTitle), w: width, h: height };
    body = SCENES[kind](params);
    what = SCENE_NAMES[kind];
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
  const flat = sharp(Buffer.from(svg)).resize(width, height).flatten({ background: '#ffffff' }).removeAlpha();
  let image: Sharp;
  if (format === 'png') {
    // lossless target: no grain (it would only bloat the file), palette keeps it small
    image = flat.png({ compressionLevel: 9, palette: true, quality: 95 });
  } else {
    // A little sensor-like grain, so the file behaves like a photo (size, JPEG blocks) without looking noisy.
    const grain = Buffer.alloc(width * height);
    const grainRng = new Rng(`grain:${seedPath}`);
    const amp = isPortrait ? 34 : 26;
    for (let i = 0; i < grain.length; i++) grain[i] = 128 + Math.round((grainRng.next() + grainRng.next() - 1) * amp);
    const base = await flat.raw().toBuffer({ resolveWithObject: true });
    image = sharp(base.data, { raw: base.info })
      .composite([{ input: grain, raw: { width, height, channels: 1 }, blend: 'soft-light' }])
      .removeAlpha();
    image = format === 'jpeg' ? image.jpeg({ quality: 80, mozjpeg: true }) : image.webp({ quality: 80 });
  }
  const data = await image.toBuffer();
  return { data, width, height, what };
}
