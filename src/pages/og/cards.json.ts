// The list of share cards: a title card for every page that has no photo of its own, plus the site's. The
// share-cards integration (src/lib/share-cards.ts) draws them into og/ after the build and removes this list.
import { getCatalog, site } from '@/data/site';
import type { ShareCardList } from '@/lib/share-cards';
import { bulletinTitle } from '@/lib/labels';
import { KIND_LABELS } from '@/lib/content-kinds';
import { formatChineseDate } from '@/lib/dates';
import { issueLine } from '@/lib/bulletin/issue-label';

export async function GET() {
  const c = await getCatalog();
  const list: ShareCardList = {
    siteName: site.name,
    cards: [
      { file: 'site', kicker: site.county, title: site.fullName, footer: site.description.slice(0, 30) },
      ...c.news
        .filter((e) => !e.data.cover)
        .map((e) => ({ file: `news/${e.id}`, kicker: KIND_LABELS.news, title: e.data.title, footer: formatChineseDate(e.data.date) })),
      ...c.stories
        .filter((e) => !e.data.cover && !e.data.gallery.length)
        .map((e) => ({
          file: `stories/${e.id}`,
          kicker: KIND_LABELS.stories,
          title: e.data.title,
          footer: formatChineseDate(e.data.date),
        })),
      ...c.people
        .filter((e) => !e.data.portrait)
        .map((e) => ({
          file: `people/${e.id}`,
          kicker: `${KIND_LABELS.people} · ${e.data.category}`,
          title: e.data.name,
          footer: e.data.role ?? site.fullName,
        })),
      ...c.bulletins.map((e) => ({
        file: `bulletins/${e.id}`,
        kicker: bulletinTitle(site.bulletinName),
        title: issueLine(e.data, site.runningNumber),
        footer: `${site.editingUnit} · ${formatChineseDate(e.data.date)}`,
      })),
    ],
  };
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json' } });
}
