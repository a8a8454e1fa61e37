// Feeds: which feeds the site has, and each one rendered as RSS 2.0, Atom 1.0 (the `feed` library)
// or JSON Feed 1.1 (a typed object; the library only writes JSON Feed 1.0).
import { Feed } from 'feed';
import { toChinaMidnightIso, type PlainDate } from './dates';

export const FEED_LIMIT = 50;
export type FeedFormat = 'rss' | 'atom' | 'json';
export const FEED_EXTENSIONS: Record<FeedFormat, string> = { rss: 'xml', atom: 'atom', json: 'json' };
export const FEED_MIME: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

export interface FeedEntry {
  /** Absolute URL of the item's page: also its stable id/guid (the URL comes from the file name, not the title). */
  url: string;
  title: string;
  summary: string;
  /** Full HTML with absolute URLs. */
  contentHtml: string;
  date: PlainDate;
  /** Absolute URL of an image sized for readers. */
  image?: string | undefined;
  categories: string[];
  author?: string | undefined;
}

export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the page this feed follows (the site, a township page …). */
  homeUrl: string;
  /** Absolute URLs of this feed in each format it is published in. */
  feedUrls: Partial<Record<FeedFormat, string>>;
  /** Absolute URL of a logo image. */
  image?: string | undefined;
  favicon?: string | undefined;
  copyright: string;
  author: string;
}

/** Midnight China time of the date, as an instant. */
export function chinaDate(date: PlainDate): Date {
  return new Date(toChinaMidnightIso(date));
}

/** Newest first with a stable order for equal dates, at most `limit`. */
export function latestEntries(entries: FeedEntry[], limit = FEED_LIMIT): FeedEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url)).slice(0, limit);
}

/** `updated` is the newest item's date, not the build time, so rebuilding unchanged content changes nothing. */
function updatedOf(entries: FeedEntry[]): Date {
  return chinaDate(entries[0]?.date ?? '2000-01-01');
}

export function renderFeed(meta: FeedMeta, entries: FeedEntry[], format: FeedFormat): string {
  const items = latestEntries(entries);
  if (format === 'json') return JSON.stringify(jsonFeed(meta, items), null, 2);
  const feed = new Feed({
    title: meta.title,
    description: meta.description,
    id: meta.homeUrl,
    link: meta.homeUrl,
    language: 'zh-CN',
    ...(meta.image ? { image: meta.image } : {}),
    ...(meta.favicon ? { favicon: meta.favicon } : {}),
    copyright: meta.copyright,
    updated: updatedOf(items),
    generator: '关工动态',
    feedLinks: meta.feedUrls,
    author: { name: meta.author },
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.url,
      guid: item.url,
      link: item.url,
      description: item.summary,
      content: item.contentHtml,
      date: chinaDate(item.date),
      published: chinaDate(item.date),
      category: item.categories.map((name) => ({ name, term: name })),
      ...(item.author ? { author: [{ name: item.author }] } : {}),
      ...(item.image ? { image: item.image } : {}),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url?: string;
  description: string;
  icon?: string;
  favicon?: string;
  language: string;
  authors: { name: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    image?: string;
    date_published: string;
    tags: string[];
    authors?: { name: string }[];
  }[];
}

export function jsonFeed(meta: FeedMeta, items: FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homeUrl,
    ...(meta.feedUrls.json ? { feed_url: meta.feedUrls.json } : {}),
    description: meta.description,
    ...(meta.image ? { icon: meta.image } : {}),
    ...(meta.favicon ? { favicon: meta.favicon } : {}),
    language: 'zh-CN',
    authors: [{ name: meta.author }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      ...(item.image ? { image: item.image } : {}),
      date_published: toChinaMidnightIso(item.date),
      tags: item.categories,
      ...(item.author ? { authors: [{ name: item.author }] } : {}),
    })),
  };
}

/** Makes every src/href in rendered HTML absolute, so feed readers can load images and follow links. */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html.replace(/\s(src|href)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (!value || /^(https?:|mailto:|tel:|data:|#)/i.test(value)) return whole;
    return ` ${attr}="${new URL(value, pageUrl).toString()}"`;
  });
}

export interface FeedDefinition {
  /** Path under feeds/ without extension: all, news, townships/dongtang, topics/liushou-ertong */
  key: string;
  title: string;
  description: string;
  /** One line for the subscribe page. */
  audience: string;
  formats: FeedFormat[];
  /** Site path of the page this feed follows. */
  homePath: string;
  group: 'site' | 'type' | 'township' | 'topic';
}
