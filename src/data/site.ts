// The one bridge between Astro's content layer and src/lib: every page gets its data here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog } from '@/lib/catalog/catalog';
import { readPlaceRegistry, readSiteConfig } from '@/lib/content/files';
import { absoluteUrl, makePaths } from '@/lib/urls';
import { assertNothingSkipped } from '@/lib/safety/file-names';
import { pageCacheKey } from '@/lib/page-cache-key';

export type NewsEntry = CollectionEntry<'news'>;
export type PersonEntry = CollectionEntry<'people'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type BulletinEntry = CollectionEntry<'bulletins'>;

export const site = readSiteConfig();
export const places = readPlaceRegistry();
export const paths = makePaths(import.meta.env.BASE_URL);
/** Absolute URL of a site path, for feeds, canonical links and sharing. */
export const abs = (path: string) => absoluteUrl(import.meta.env.SITE, path);
/** Everything every page shows besides its own data (settings, places, where the site lives): part of every cache key. */
export const siteCacheKey = pageCacheKey(site, places, import.meta.env.BASE_URL, import.meta.env.SITE);

async function load() {
  const [news, people, stories, bulletins] = await Promise.all([
    getCollection('news'),
    getCollection('people'),
    getCollection('stories'),
    getCollection('bulletins'),
  ]);
  assertNothingSkipped({ news, people, stories, bulletins });
  return buildCatalog({ news, people, stories, bulletins, places });
}

let catalog: ReturnType<typeof load> | undefined;

/** Loaded and checked once per build; a broken reference fails the build here. */
export function getCatalog() {
  catalog ??= load();
  return catalog;
}
