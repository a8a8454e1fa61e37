// Title cards for sharing pages that have no photo of their own; cached across builds by content hash.
import type { APIContext, GetStaticPaths } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { getCatalog, site } from '@/data/site';
import { pageCacheKey } from '@/lib/page-cache-key';
import { CardPainter, cardSvg } from '@/lib/og-card';
import { bulletinTitle } from '@/lib/labels';
import { KIND_LABELS } from '@/lib/content-kinds';
import { formatChineseDate } from '@/lib/dates';
import { issueLine } from '@/lib/bulletin/issue-label';

const CACHE_DIR = 'node_modules/.astro/og-cards';
// Bump when the way cards are encoded changes, so cached cards are drawn again.
const ENCODING = 'placed-glyphs-1';

export const getStaticPaths = (async () => {
  const c = await getCatalog();
  const cards = [
    { card: 'site', kicker: site.county, title: site.fullName, footer: site.description.slice(0, 30) },
    ...c.news
      .filter((e) => !e.data.cover)
      .map((e) => ({ card: `news/${e.id}`, kicker: KIND_LABELS.news, title: e.data.title, footer: formatChineseDate(e.data.date) })),
    ...c.stories
      .filter((e) => !e.data.cover && !e.data.gallery.length)
      .map((e) => ({ card: `stories/${e.id}`, kicker: KIND_LABELS.stories, title: e.data.title, footer: formatChineseDate(e.data.date) })),
    ...c.people
      .filter((e) => !e.data.portrait)
      .map((e) => ({
        card: `people/${e.id}`,
        kicker: `${KIND_LABELS.people} · ${e.data.category}`,
        title: e.data.name,
        footer: e.data.role ?? site.fullName,
      })),
    ...c.bulletins.map((e) => ({
      card: `bulletins/${e.id}`,
      kicker: bulletinTitle(site.bulletinName),
      title: issueLine(e.data, site.runningNumber),
      footer: `${site.editingUnit} · ${formatChineseDate(e.data.date)}`,
    })),
  ];
  // A card shows only its props and the site's name; an unchanged card is not drawn or even read again.
  return cards.map(({ card, ...props }) => ({ params: { card }, props, cacheKey: pageCacheKey(props, site.name, ENCODING) }));
}) satisfies GetStaticPaths;

type Props = { kicker: string; title: string; footer: string };

let painter: CardPainter | undefined;

export async function GET({ props }: APIContext<Props>) {
  const svg = cardSvg({ ...props, siteName: site.name });
  const file = `${CACHE_DIR}/${createHash('sha256').update(svg).update(ENCODING).digest('hex').slice(0, 20)}.png`;
  let png = await readFile(file).catch(() => undefined);
  if (!png) {
    png = await (painter ??= new CardPainter(site.name)).draw(props);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(file, png);
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
