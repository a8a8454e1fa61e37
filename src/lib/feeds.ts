// Feed items built from entries: one shape for the site feed and every township's feed.
import { toChinaMidnightIso, type PlainDate } from './dates';
import { placeLabel, type PlaceRegistry } from './places';
import { summaryOf } from './text';
import type { ContentKind, Paths } from './urls';

export const FEED_LIMIT = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

interface FeedSource {
  id: string;
  body?: string | undefined;
  data: { title: string; date: PlainDate; summary?: string | undefined; topics: string[] };
}

export function feedItem(kind: ContentKind, entry: FeedSource, paths: Paths, place: string): FeedItem {
  return {
    title: entry.data.title,
    link: paths.entry(kind, entry.id),
    pubDate: new Date(toChinaMidnightIso(entry.data.date)),
    description: `${place}｜${summaryOf(entry.data.summary, entry.body, 160)}`,
    categories: entry.data.topics,
  };
}

/** News and stories together, newest first, at most `limit`. */
export function mixedFeed(
  news: (FeedSource & { data: { township: string; village?: string | undefined } })[],
  stories: (FeedSource & { data: { townships: string[] } })[],
  places: PlaceRegistry,
  paths: Paths,
  limit = FEED_LIMIT,
): FeedItem[] {
  const items = [
    ...news.map((e) => feedItem('news', e, paths, placeLabel(places, e.data.township, e.data.village))),
    ...stories.map((e) => feedItem('stories', e, paths, e.data.townships.map((t) => placeLabel(places, t)).join('、'))),
  ];
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link)).slice(0, limit);
}
