// Share cards are written after Astro's build, from the list the og/cards.json route renders: each one is
// drawn once (CardPainter, about 2 ms) and kept in the cache by a hash of its SVG, so a later build only copies
// it. As Astro pages they cost Astro's own few milliseconds a file even when unchanged; here a copy is all.
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

/** Draws or copies every card of the list in `dist` into dist/og/, removes the list and cards no page has any more. */
export async function writeShareCards(dist: string, cacheDir: string): Promise<ShareCardReport> {
  const listFile = join(dist, SHARE_CARD_LIST);
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as ShareCardList;
  rmSync(listFile);
  const painter = new CardPainter(list.siteName);
  mkdirSync(cacheDir, { recursive: true });
  const wanted = new Set<string>();
  let drawn = 0;
  // Two pages can have the same card (same title, kicker and date): it is drawn once, the others wait for it.
  const drawing = new Map<string, Promise<void>>();
  const draw = async (card: ShareCard, cached: string) => {
    const png = await painter.draw(card);
    // Written under a temporary name first: an interrupted build never leaves half a card in the cache.
    const partial = `${cached}.${process.pid}.part`;
    await writeFile(partial, png);
    await rename(partial, cached);
    drawn++;
  };
  // Drawing is mostly in this thread; the parallel width overlaps the file copies with it.
  await inParallel(
    list.cards,
    async (card) => {
      const target = join(dist, 'og', `${card.file}.png`);
      wanted.add(target);
      const svg = cardSvg({ ...card, siteName: list.siteName });
      const cached = join(cacheDir, `${createHash('sha256').update(svg).update(ENCODING).digest('hex').slice(0, 20)}.png`);
      if (!existsSync(cached)) {
        if (!drawing.has(cached)) drawing.set(cached, draw(card, cached));
        await drawing.get(cached);
      }
      mkdirSync(dirname(target), { recursive: true });
      await copyFile(cached, target);
    },
    4,
  );
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
        const report = await writeShareCards(fileURLToPath(dir), cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`分享图：${report.written} 张（新画 ${report.drawn} 张，其余来自缓存），用时 ${seconds} 秒`);
        if (report.removed.length) logger.info(`分享图：删除了 ${report.removed.length} 张已没有页面的旧图`);
      },
    },
  };
}
