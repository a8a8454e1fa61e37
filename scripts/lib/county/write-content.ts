// The synthetic county as a content folder (npm run bench): site.yaml, townships.yaml and every entry as the
// Markdown file an editor would write, with its photos copied next to it. The build reads the folder through
// CONTENT_DIR. Never writes into the project's own content/.
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { charCount } from '../chinese-text';
import { between, seededRandom } from '../random';
import { planCounty, type CountyOptions, type CountySummary } from './plan';

export interface ContentOptions extends CountyOptions {
  /** The folder to write into (it becomes CONTENT_DIR); created if missing. */
  dir: string;
  photoWidth?: number;
  photoHeight?: number;
  /** Where the distinct photos are written (default: <dir>/../photos). */
  photoDir?: string;
}

export interface GeneratedCounty extends CountySummary {
  dir: string;
  photos: { distinct: number; copies: number; bytes: number };
  ms: number;
}

/** Writes `count` distinct photo-like JPEGs (soft scenery, shapes, grain): realistic to encode, not to look at. */
export async function makePhotos(dir: string, count: number, width = 1600, height = 1200, seed = 7): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const one = async (i: number) => {
    const rand = seededRandom(seed * 1000 + i);
    const gw = 8;
    const gh = 6;
    const base = Buffer.alloc(gw * gh * 3);
    const sky = [between(rand, 120, 220), between(rand, 150, 230), between(rand, 180, 250)];
    const ground = [between(rand, 40, 140), between(rand, 60, 160), between(rand, 20, 110)];
    for (let y = 0; y < gh; y++)
      for (let x = 0; x < gw; x++)
        for (let k = 0; k < 3; k++)
          base[(y * gw + x) * 3 + k] = Math.max(0, Math.min(255, (y < gh * 0.4 ? sky : ground)[k]! + between(rand, -50, 50)));
    let shapes = '';
    for (let s = 0; s < 40; s++) {
      const x = between(rand, 0, width);
      const y = between(rand, Math.round(height * 0.3), height);
      const r = Math.max(2, Math.round((between(rand, 10, 120) * width) / 1600));
      const fill = `rgb(${between(rand, 0, 255)},${between(rand, 0, 255)},${between(rand, 0, 255)})`;
      shapes +=
        rand() < 0.5
          ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" fill-opacity="0.7"/>`
          : `<rect x="${x}" y="${y}" width="${r}" height="${r * 2}" fill="${fill}" fill-opacity="0.7"/>`;
    }
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes}</svg>`);
    const noise = await sharp({
      create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } },
    })
      .raw()
      .toBuffer();
    const file = join(dir, `photo-${String(i + 1).padStart(2, '0')}.jpg`);
    await sharp(base, { raw: { width: gw, height: gh, channels: 3 } })
      .resize(width, height, { kernel: 'cubic' })
      .composite([{ input: svg }, { input: noise, raw: { width, height, channels: 3 }, blend: 'soft-light' }])
      .jpeg({ quality: 82 })
      .toFile(file);
    files[i] = file;
  };
  for (let i = 0; i < count; i += 2) await Promise.all([one(i), ...(i + 1 < count ? [one(i + 1)] : [])]);
  return files;
}

/** YAML frontmatter + body, as editors write it. */
function entryFile(data: Record<string, unknown>, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
}

/** Plans the county (plan.ts) and writes it into options.dir. */
export async function generateCounty(options: ContentOptions): Promise<GeneratedCounty> {
  const started = performance.now();
  const { dir, photoWidth = 1600, photoHeight = 1200 } = options;
  const plan = planCounty(options);
  mkdirSync(dir, { recursive: true });
  for (const sub of ['news', 'people', 'stories', 'bulletins']) mkdirSync(join(dir, sub), { recursive: true });
  const photoFiles = await makePhotos(options.photoDir ?? join(dir, '..', 'photos'), plan.photos, photoWidth, photoHeight, plan.photoSeed);
  writeFileSync(join(dir, 'site.yaml'), stringify(plan.site));
  writeFileSync(join(dir, 'townships.yaml'), stringify(plan.townshipRegistry, { lineWidth: 0 }));
  let copies = 0;
  for (const entry of plan.entries) {
    const file = join(dir, entry.file);
    mkdirSync(dirname(file), { recursive: true });
    for (const image of entry.images) {
      copyFileSync(photoFiles[image.photo]!, join(dir, image.file));
      copies++;
    }
    writeFileSync(file, entryFile(entry.data, entry.body));
  }
  const bytes = photoFiles.reduce((sum, f) => sum + statSync(f).size, 0);
  const { townships, news, people, stories, bulletins } = plan;
  return {
    dir,
    townships,
    news,
    people,
    stories,
    bulletins,
    photos: { distinct: photoFiles.length, copies, bytes },
    ms: Math.round(performance.now() - started),
  };
}

/**
 * One more news item, as an editor adds it to a county that already has ten years (npm run bench measures the
 * rebuild). Dated the day after the county's last news item, in the first township, without a photo.
 */
export function addNewsItem(county: GeneratedCounty): string {
  const last = county.news.reduce((a, b) => (a.date > b.date ? a : b));
  const date = new Date(Date.parse(`${last.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const township = county.news[0]!.township;
  const file = join(county.dir, 'news', date.slice(0, 4), `${date}-${township}-xinzeng-yitiao.md`);
  mkdirSync(dirname(file), { recursive: true });
  const body = [
    '冬至前夕，县关工委组织五老志愿者走进乡村学校，为留守儿童送去手套、围巾和课外读物。',
    '',
    '志愿者们和孩子们一起包饺子、讲故事，叮嘱他们注意冬季安全，按时给远方的父母打电话。',
  ].join('\n');
  writeFileSync(file, entryFile({ title: '五老志愿者冬至前走进乡村学校看望留守儿童', date, township, author: '基准测试' }, body), {
    flag: 'wx',
  });
  return file;
}

/** Characters of a generated body, for tests: Markdown markers removed. */
export function bodyChars(markdown: string): number {
  return charCount(
    markdown
      .replace(/^(## |- |> )/gm, '')
      .replace(/\*\*/g, '')
      .replace(/\s+/g, ''),
  );
}
