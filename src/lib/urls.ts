// Every page's URL comes from here: pages, feeds, sitemap and search records call the same functions.

import type { ContentKind } from './content-kinds';

export interface Paths {
  base: string;
  home(): string;
  newsList(page?: number): string;
  news(id: string): string;
  people(categorySlug?: string): string;
  person(id: string): string;
  stories(): string;
  story(id: string): string;
  bulletins(): string;
  bulletin(id: string): string;
  townships(): string;
  township(id: string): string;
  townshipNews(id: string, page?: number): string;
  /** A feed file: key 'all', 'news', 'townships/dongtang' …; ext 'xml' (RSS), 'atom' or 'json'. */
  feed(key: string, ext: string): string;
  subscribe(): string;
  topics(): string;
  topic(slug: string): string;
  archive(): string;
  archiveMonth(yearMonth: string): string;
  search(query?: string): string;
  entry(kind: ContentKind, id: string): string;
  asset(path: string): string;
}

/** `base` is Astro's BASE_URL: '/' or '/ggw/'. */
export function makePaths(base: string): Paths {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => prefix + path;
  const paths: Paths = {
    base: prefix,
    home: () => prefix,
    newsList: (page = 1) => at(page <= 1 ? 'news/' : `news/page/${page}/`),
    news: (id) => at(`news/${id}/`),
    people: (categorySlug) => at(categorySlug ? `people/category/${categorySlug}/` : 'people/'),
    person: (id) => at(`people/${id}/`),
    stories: () => at('stories/'),
    story: (id) => at(`stories/${id}/`),
    bulletins: () => at('bulletins/'),
    bulletin: (id) => at(`bulletins/${id}/`),
    townships: () => at('townships/'),
    township: (id) => at(`townships/${id}/`),
    feed: (key, ext) => at(`feeds/${key}.${ext}`),
    subscribe: () => at('subscribe/'),
    townshipNews: (id, page = 1) => at(page <= 1 ? `townships/${id}/news/` : `townships/${id}/news/page/${page}/`),
    topics: () => at('topics/'),
    topic: (slug) => at(`topics/${slug}/`),
    archive: () => at('archive/'),
    archiveMonth: (ym) => at(`archive/${ym.slice(0, 4)}/${ym.slice(5, 7)}/`),
    search: (query) => at(query ? `search/?q=${encodeURIComponent(query)}` : 'search/'),
    entry: (kind, id) =>
      kind === 'news' ? paths.news(id) : kind === 'people' ? paths.person(id) : kind === 'stories' ? paths.story(id) : paths.bulletin(id),
    asset: (path) => at(path.replace(/^\//, '')),
  };
  return paths;
}

/** Absolute URL for feeds, canonical links and sharing. */
export function absoluteUrl(site: string, path: string): string {
  return new URL(path, site).toString();
}
