// Share cards are written after Astro's build, from the list the og/cards.json route renders: each one is
// drawn once (CardPainter, about 2 ms) and kept in the cache by a hash of its SVG, so a later build only copies
// it. As Astro pages they cost Astro's own few milliseconds a file even when unchanged; here a copy is all.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inParallel } from './in-parallel';
import { CardPainter, cardSvg, type CardText } from './og-card';

/** Bump when the way cards are drawn changes, so cached cards are drawn again. */
const ENCODING = 'placed-glyphs-1';
export const SHARE_CARD_LIST = 'og/cards.json';

export interface ShareCard extends Omit<CardText, 'siteName'> {
  /** Where the card goes under og/, without .png: "news/2025-01-08-qingshan-a". */
  file: string;
}

export interface ShareCardList {
  siteName: string;
  cards: ShareCard[];
}

export interface ShareCardReport {
  written: number;
  drawn: number;
  removed: string[];
}

/** A card to draw, the cache file it goes to and the pages' files in dist/og/ that show it. */
export interface CardJob {
  card: ShareCard;
  cached: string;
  targets: string[];
}

/** Draws cards into the cache and their places in dist/. A cache file is written under a temporary name first. */
export async function drawCards(siteName: string, jobs: readonly CardJob[]): Promise<void> {
  const painter = new CardPainter(siteName);
  for (const { card, cached, targets } of jobs) {
    const png = await painter.draw(card);
    const partial = `${cached}.${process.pid}.part`;
    await writeFile(partial, png);
    await rename(partial, cached);
    for (const target of targets) {
      mkdirSync(dirname(target), { recursive: true });
      await writeFile(target, png);
    }
  }
}

/** Below this many new cards the second process costs more (about a second to start) than it saves. */
const HELPER_MIN_CARDS = 200;

export interface ShareCardOptions {
  /** Told how many new cards there are to draw, before drawing them (a first build can take a while). */
  info?: (message: string) => void;
  /** Told when the second process failed and its cards were drawn here instead. */
  warn?: (message: string) => void;
  /** From how many new cards half of them are drawn in a second process. */
  helperMinCards?: number;
}

/** Draws the jobs in a second Node process (share-card-helper.ts), on the other core. */
function drawInHelper(siteName: string, jobs: readonly CardJob[]): Promise<void> {
  const helper = fileURLToPath(new URL('./share-card-helper.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', helper], { stdio: ['pipe', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`退出码 ${code}：${errors.trim()}`))));
    child.stdin.end(JSON.stringify({ siteName, jobs }));
  });
}

/** Draws or copies every card of the list in `dist` into dist/og/, removes the list and cards no page has any more. */
export async function writeShareCards(
  dist: string,
  cacheDir: string,
  { info = () => {}, warn = () => {}, helperMinCards = HELPER_MIN_CARDS }: ShareCardOptions = {},
): Promise<ShareCardReport> {
  const listFile = join(dist, SHARE_CARD_LIST);
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as ShareCardList;
  rmSync(listFile);
  mkdirSync(cacheDir, { recursive: true });
  const placed = list.cards.map((card) => {
    const svg = cardSvg({ ...card, siteName: list.siteName });
    const cached = join(cacheDir, `${createHash('sha256').update(svg).update(ENCODING).digest('hex').slice(0, 20)}.png`);
    return { card, cached, target: join(dist, 'og', `${card.file}.png`) };
  });
  // New cards, each drawn once (two pages can share a card: same title, kicker and date); the rest are copied.
  const jobsByCache = new Map<string, CardJob>();
  const copies: typeof placed = [];
  for (const p of placed) {
    if (existsSync(p.cached)) copies.push(p);
    else if (jobsByCache.has(p.cached)) jobsByCache.get(p.cached)!.targets.push(p.target);
    else jobsByCache.set(p.cached, { card: p.card, cached: p.cached, targets: [p.target] });
  }
  const jobs = [...jobsByCache.values()];
  if (jobs.length) info(`分享图：正在画 ${jobs.length} 张新图…`);
  // Half of them on the other core when there are many (a county's first build: thousands).
  const helperJobs = jobs.length >= helperMinCards ? jobs.filter((_, i) => i % 2 === 1) : [];
  const helper = helperJobs.length
    ? drawInHelper(list.siteName, helperJobs).then(
        () => undefined,
        (error: Error) => error,
      )
    : undefined;
  await drawCards(list.siteName, helperJobs.length ? jobs.filter((_, i) => i % 2 === 0) : jobs);
  const helperError = await helper;
  if (helperError) {
    warn(`分享图：第二个进程没有画完（${helperError.message}），在本进程补画`);
    await drawCards(list.siteName, helperJobs);
  }
  await inParallel(copies, async ({ cached, target }) => {
    mkdirSync(dirname(target), { recursive: true });
    await copyFile(cached, target);
  });
  const wanted = new Set(placed.map((p) => p.target));
  const drawn = jobs.length;
  const removed: string[] = [];
  const ogDir = join(dist, 'og');
  for (const entry of readdirSync(ogDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && path.endsWith('.png') && !wanted.has(path)) {
      rmSync(path);
      removed.push(relative(dist, path).split(sep).join('/'));
    }
  }
  return { written: list.cards.length, drawn, removed };
}

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** The Astro integration: cards after the build, cached in Astro's cache folder (a plain object, as build-hooks.ts). */
export function shareCards() {
  let cacheDir = '';
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:done': ({ config }: { config: { cacheDir: URL } }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'og-cards');
      },
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const started = performance.now();
        const report = await writeShareCards(fileURLToPath(dir), cacheDir, {
          info: (message) => logger.info(message),
          warn: (message) => logger.warn(message),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`分享图：${report.written} 张（新画 ${report.drawn} 张，其余来自缓存），用时 ${seconds} 秒`);
        if (report.removed.length) logger.info(`分享图：删除了 ${report.removed.length} 张已没有页面的旧图`);
      },
    },
  };
}
