// Feeds: which feeds the site has, and each one rendered as RSS 2.0, Atom 1.0 (through the escaping XML writer,
// so no field can forge an item or break the document) or JSON Feed 1.1 (a typed object).
import { toChinaMidnightIso, type PlainDate } from './dates';
import { stripForbiddenChars } from './html';
import { el, renderXml, textEl, type XmlElement } from './xml/writer';

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
  if (format === 'json')
    return JSON.stringify(jsonFeed(meta, items), (_, v: unknown) => (typeof v === 'string' ? stripForbiddenChars(v) : v), 2);
  return renderXml(format === 'rss' ? rss(meta, items) : atom(meta, items));
}

/** An image's MIME type from its address (readers want image/jpeg, not image/jpg). */
function imageType(url: string): string {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? 'jpeg';
  return `image/${ext === 'jpg' ? 'jpeg' : ext}`;
}

function rss(meta: FeedMeta, items: FeedEntry[]): XmlElement {
  const rfc822 = (date: PlainDate) => chinaDate(date).toUTCString();
  return el(
    'rss',
    {
      version: '2.0',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
    },
    el(
      'channel',
      {},
      textEl('title', meta.title),
      textEl('link', meta.homeUrl),
      textEl('description', meta.description),
      textEl('lastBuildDate', updatedOf(items).toUTCString()),
      textEl('docs', 'https://www.rssboard.org/rss-specification'),
      textEl('generator', '关工动态'),
      textEl('language', 'zh-CN'),
      textEl('copyright', meta.copyright),
      meta.image ? el('image', {}, textEl('title', meta.title), textEl('url', meta.image), textEl('link', meta.homeUrl)) : undefined,
      meta.feedUrls.rss ? el('atom:link', { href: meta.feedUrls.rss, rel: 'self', type: FEED_MIME.rss }) : undefined,
      ...items.map((item) =>
        el(
          'item',
          {},
          textEl('title', item.title),
          textEl('link', item.url),
          textEl('guid', item.url, { isPermaLink: 'false' }),
          textEl('pubDate', rfc822(item.date)),
          textEl('description', item.summary),
          textEl('content:encoded', item.contentHtml),
          textEl('dc:creator', item.author),
          ...item.categories.map((c) => textEl('category', c)),
          item.image ? el('enclosure', { url: item.image, length: '0', type: imageType(item.image) }) : undefined,
        ),
      ),
    ),
  );
}

function atom(meta: FeedMeta, items: FeedEntry[]): XmlElement {
  const iso = (date: PlainDate) => chinaDate(date).toISOString();
  return el(
    'feed',
    { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' },
    textEl('id', meta.homeUrl),
    textEl('title', meta.title),
    textEl('updated', updatedOf(items).toISOString()),
    textEl('generator', '关工动态'),
    el('author', {}, textEl('name', meta.author)),
    el('link', { rel: 'alternate', href: meta.homeUrl }),
    meta.feedUrls.atom ? el('link', { rel: 'self', href: meta.feedUrls.atom }) : undefined,
    textEl('subtitle', meta.description),
    textEl('icon', meta.favicon),
    textEl('logo', meta.image),
    textEl('rights', meta.copyright),
    ...items.map((item) =>
      el(
        'entry',
        {},
        textEl('title', item.title),
        textEl('id', item.url),
        el('link', { href: item.url }),
        textEl('updated', iso(item.date)),
        textEl('published', iso(item.date)),
        textEl('summary', item.summary),
        textEl('content', item.contentHtml, { type: 'html' }),
        item.author ? el('author', {}, textEl('name', item.author)) : undefined,
        ...item.categories.map((c) => el('category', { term: c, label: c })),
        item.image ? el('link', { rel: 'enclosure', href: item.image, type: imageType(item.image) }) : undefined,
      ),
    ),
  );
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
    try {
      return ` ${attr}="${new URL(value.replace(/&amp;/g, '&'), pageUrl).toString().replace(/&/g, '&amp;')}"`;
    } catch {
      return ''; // an address no reader could follow (the sanitizer already drops them; this keeps a feed from crashing)
    }
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
