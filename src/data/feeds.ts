// Feed entries and the list of feeds, from the catalog: rendered HTML and reader-sized images need Astro.
import type { ImageMetadata } from 'astro';
import { abs, getCatalog, paths, places, site, type BulletinEntry, type NewsEntry, type PersonEntry, type StoryEntry } from '@/data/site';
import { absolutizeHtml, type FeedDefinition, type FeedEntry, type FeedFormat } from '@/lib/feeds';
import { placeLabel } from '@/lib/places';
import { summaryOf } from '@/lib/text/plain';
import { issueLine } from '@/lib/bulletin/issue-label';
import { bulletinTitle } from '@/lib/labels';
import { KIND_LABELS } from '@/lib/content-kinds';
import { escapeHtml } from '@/lib/html';
import { readerJpeg } from '@/data/images';
import { safeEntryHtml } from '@/lib/safety/entry-html';

/** A JPEG large enough to read, small enough for a feed reader on a phone (the one a shared link shows). */
async function readerImage(src: ImageMetadata | undefined): Promise<string | undefined> {
  if (!src) return undefined;
  return abs((await readerJpeg(src)).src);
}

/**
 * The entry's sanitized body. Astro leaves local Markdown images as placeholders that only its page renderer
 * fills in; a feed cannot show them, so they are left out (the cover or gallery carries the photos).
 */
function bodyHtml(e: NewsEntry | StoryEntry | PersonEntry | BulletinEntry): string {
  return safeEntryHtml((e.rendered?.html ?? '').replace(/<img\b[^>]*\b__ASTRO_IMAGE_=[^>]*>/gi, ''), e.filePath);
}

function withImage(image: string | undefined, alt: string, html: string): string {
  return image ? `<p><img src="${image}" alt="${escapeHtml(alt)}"></p>${html}` : html;
}

const cache = new Map<string, Promise<FeedEntry>>();
function memo(key: string, make: () => Promise<FeedEntry>): Promise<FeedEntry> {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key)!;
}

export function newsEntry(e: NewsEntry): Promise<FeedEntry> {
  return memo(`news/${e.id}`, async () => {
    const url = abs(paths.news(e.id));
    const image = await readerImage(e.data.cover);
    const place = placeLabel(places, e.data.township, e.data.village);
    return {
      url,
      title: e.data.title,
      summary: `${place}｜${summaryOf(e.data.summary, e.body, 160)}`,
      contentHtml: withImage(image, e.data.coverAlt ?? '', absolutizeHtml(bodyHtml(e), url)),
      date: e.data.date,
      image,
      categories: [KIND_LABELS.news, place, ...e.data.topics],
      author: e.data.author,
    };
  });
}

export function storyEntry(e: StoryEntry): Promise<FeedEntry> {
  return memo(`stories/${e.id}`, async () => {
    const url = abs(paths.story(e.id));
    const cover = e.data.cover ?? e.data.gallery[0]?.image;
    const image = await readerImage(cover);
    const gallery = await Promise.all(
      e.data.gallery.map(
        async (g) =>
          `<figure><img src="${await readerImage(g.image)}" alt="${escapeHtml(g.alt ?? g.caption ?? '')}">${g.caption ? `<figcaption>${escapeHtml(g.caption)}</figcaption>` : ''}</figure>`,
      ),
    );
    const townships = e.data.townships.map((t) => placeLabel(places, t));
    return {
      url,
      title: e.data.title,
      summary: `${townships.join('、')}｜${summaryOf(e.data.summary, e.body, 160)}`,
      contentHtml: absolutizeHtml(bodyHtml(e), url) + gallery.join(''),
      date: e.data.date,
      image,
      categories: [KIND_LABELS.stories, ...townships, ...e.data.topics],
      author: e.data.author,
    };
  });
}

export function personEntry(e: PersonEntry): Promise<FeedEntry> {
  return memo(`people/${e.id}`, async () => {
    const url = abs(paths.person(e.id));
    const image = await readerImage(e.data.portrait);
    const place = placeLabel(places, e.data.township, e.data.village);
    return {
      url,
      title: `${e.data.name}（${e.data.category}）`,
      summary: `${place}｜${summaryOf(e.data.summary ?? e.data.quote, e.body, 160)}`,
      contentHtml: withImage(image, e.data.portraitAlt ?? e.data.name, absolutizeHtml(bodyHtml(e), url)),
      // Profiles without a publication date are dated to the year their work began.
      date: e.data.date ?? `${e.data.activeSince}-01-01`,
      image,
      categories: [KIND_LABELS.people, e.data.category, place, ...e.data.topics],
    };
  });
}

export async function bulletinEntry(e: BulletinEntry): Promise<FeedEntry> {
  const catalog = await getCatalog();
  return memo(`bulletins/${e.id}`, async () => {
    const url = abs(paths.bulletin(e.id));
    const toc = catalog
      .sections(e)
      .map(
        (s) =>
          `<h3>${escapeHtml(s.section)}</h3><ol>${s.items
            .map((i) => `<li><a href="${abs(paths.entry(i.kind, i.entry.id))}">${escapeHtml(i.entry.data.title)}</a></li>`)
            .join('')}</ol>`,
      )
      .join('');
    const label = `${bulletinTitle(site.bulletinName)}${issueLine(e.data, site.runningNumber)}`;
    return {
      url,
      title: label,
      summary: `${label}：${catalog.headlinesOf(e, 3).join('；')}`,
      contentHtml: `<h2>编者按</h2>${absolutizeHtml(bodyHtml(e), url)}<h2>本期目录</h2>${toc}`,
      date: e.data.date,
      categories: [KIND_LABELS.bulletins],
      author: e.data.editor,
    };
  });
}

type Source = { definition: FeedDefinition; entries: () => Promise<FeedEntry[]> };

/** Every feed the site publishes, with the entries each carries. */
export async function feedSources(): Promise<Source[]> {
  const c = await getCatalog();
  const all =
    <T>(list: T[], make: (e: T) => Promise<FeedEntry>) =>
    () =>
      Promise.all(list.map(make));
  const both: FeedFormat[] = ['rss', 'atom'];
  const three: FeedFormat[] = ['rss', 'atom', 'json'];
  const sources: Source[] = [
    {
      definition: {
        key: 'all',
        group: 'site',
        title: site.fullName,
        description: `${site.county}关工委网站的全部更新：工作动态、五老典型、活动纪实和《${site.bulletinName}》`,
        audience: '想看全县所有更新，订这一个就够了。',
        formats: three,
        homePath: paths.home(),
      },
      entries: async () => [
        ...(await all(c.news, newsEntry)()),
        ...(await all(c.stories, storyEntry)()),
        ...(await all(c.people, personEntry)()),
        ...(await all(c.bulletins, bulletinEntry)()),
      ],
    },
    {
      definition: {
        key: 'news',
        group: 'type',
        title: `工作动态 - ${site.name}`,
        description: '全县各乡镇（街道）关工委工作动态',
        audience: '只看新闻。',
        formats: both,
        homePath: paths.newsList(),
      },
      entries: all(c.news, newsEntry),
    },
    {
      definition: {
        key: 'people',
        group: 'type',
        title: `五老典型 - ${site.name}`,
        description: '全县“五老”关心下一代先进典型',
        audience: '新的五老典型事迹发布时收到。',
        formats: both,
        homePath: paths.people(),
      },
      entries: all(c.people, personEntry),
    },
    {
      definition: {
        key: 'stories',
        group: 'type',
        title: `活动纪实 - ${site.name}`,
        description: '关工委活动的图文纪实',
        audience: '图文并茂的活动纪实。',
        formats: both,
        homePath: paths.stories(),
      },
      entries: all(c.stories, storyEntry),
    },
    {
      definition: {
        key: 'bulletins',
        group: 'type',
        title: `${bulletinTitle(site.bulletinName)} - ${site.name}`,
        description: `${site.editingUnit}编印的《${site.bulletinName}》，每月一期`,
        audience: '每月新一期刊物出版时收到。',
        formats: both,
        homePath: paths.bulletins(),
      },
      entries: all(c.bulletins, bulletinEntry),
    },
  ];
  for (const { township, news, stories, people } of c.townships) {
    sources.push({
      definition: {
        key: `townships/${township.id}`,
        group: 'township',
        title: `${township.name}关工委 - ${site.name}`,
        description: `${site.county}${township.name}关工委的工作动态、活动纪实和五老典型`,
        audience: `${township.name}的读者订这个。`,
        formats: three,
        homePath: paths.township(township.id),
      },
      entries: async () => [
        ...(await all(news, newsEntry)()),
        ...(await all(stories, storyEntry)()),
        ...(await all(people, personEntry)()),
      ],
    });
  }
  for (const topic of c.topics) {
    sources.push({
      definition: {
        key: `topics/${topic.slug}`,
        group: 'topic',
        title: `专题：${topic.name} - ${site.name}`,
        description: `“${topic.name}”相关的动态、纪实和五老典型`,
        audience: `关心“${topic.name}”的读者订这个。`,
        formats: both,
        homePath: paths.topic(topic.slug),
      },
      entries: async () => [
        ...(await all(topic.news, newsEntry)()),
        ...(await all(topic.stories, storyEntry)()),
        ...(await all(topic.people, personEntry)()),
      ],
    });
  }
  return sources;
}
