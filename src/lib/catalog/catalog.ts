// The site's content as one checked, indexed catalog: drafts removed, references checked and resolved,
// every list that more than one page needs (by township, topic, month, bulletin) computed once.
import type { z } from 'zod';
import { newestFirst, yearOf } from '../dates';
import type { PlaceRegistry } from '../places';
import {
  PERSON_CATEGORIES,
  type bulletinSchema,
  type newsSchema,
  type personSchema,
  type PersonCategory,
  type storySchema,
} from '../schema';
import { pinyinSlug } from '../pinyin-slug';
import { indexMonths, indexTopics, indexTownships } from './indexes';
import { groupBy, pushTo } from './lists';
import { bulletinOrder, ContentIntegrityError, findReferenceProblems } from './references';
import { indexMentions } from './mentions';
import { makeRelatedNews } from './related';

export interface EntryLike<D> {
  id: string;
  data: D;
  filePath?: string | undefined;
  body?: string | undefined;
}

// What the catalog reads of each kind, as the schemas in schema.ts produce it.
type Output<F extends (...args: never[]) => z.ZodType> = z.output<ReturnType<F>>;
export type NewsData = Pick<Output<typeof newsSchema>, 'title' | 'date' | 'township' | 'village' | 'topics' | 'draft'>;
export type PersonData = Pick<Output<typeof personSchema>, 'name' | 'category' | 'township' | 'topics' | 'featured' | 'draft'>;
export type StoryData = Pick<Output<typeof storySchema>, 'title' | 'date' | 'townships' | 'people' | 'topics' | 'draft'>;
export type BulletinData = Pick<
  Output<typeof bulletinSchema>,
  'title' | 'issue' | 'runningNumber' | 'month' | 'date' | 'contents' | 'draft'
>;

export type ItemRef<N, S> = { kind: 'news'; entry: N } | { kind: 'stories'; entry: S };

export interface ResolvedSection<N, S> {
  section: string;
  items: ItemRef<N, S>[];
}

type N0 = EntryLike<NewsData>;
type P0 = EntryLike<PersonData>;
type S0 = EntryLike<StoryData>;
type B0 = EntryLike<BulletinData>;

export interface CatalogInput<N extends N0, P extends P0, S extends S0, B extends B0> {
  news: N[];
  people: P[];
  stories: S[];
  bulletins: B[];
  places: PlaceRegistry;
}

export const fileOf = (entry: EntryLike<unknown>, collection: string) => entry.filePath ?? `content/${collection}/${entry.id}`;

export function buildCatalog<N extends N0, P extends P0, S extends S0, B extends B0>(input: CatalogInput<N, P, S, B>) {
  const { places } = input;
  const published = <T extends EntryLike<{ draft: boolean }>>(list: T[]) => list.filter((e) => !e.data.draft);

  const news = newestFirst(
    published(input.news),
    (e) => e.data.date,
    (e) => e.id,
  );
  const stories = newestFirst(
    published(input.stories),
    (e) => e.data.date,
    (e) => e.id,
  );
  const bulletins = [...published(input.bulletins)].sort((a, b) => bulletinOrder(a.data, b.data));
  const categoryOrder = (c: PersonCategory) => PERSON_CATEGORIES.indexOf(c);
  const people = [...published(input.people)].sort(
    (a, b) =>
      Number(b.data.featured) - Number(a.data.featured) ||
      categoryOrder(a.data.category) - categoryOrder(b.data.category) ||
      a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );

  const personById = new Map(people.map((e) => [e.id, e]));
  const target = (collection: string) => (e: EntryLike<{ draft: boolean }>) => ({
    id: e.id,
    file: fileOf(e, collection),
    draft: e.data.draft,
  });
  const problems = findReferenceProblems({
    news: input.news.map(target('news')),
    people: input.people.map(target('people')),
    stories: input.stories.map((e) => ({ ...target('stories')(e), people: e.data.people })),
    bulletins: input.bulletins.map((e) => ({
      ...target('bulletins')(e),
      month: e.data.month,
      issue: e.data.issue,
      contents: e.data.contents,
    })),
  });
  if (problems.length) throw new ContentIntegrityError(problems);

  // Tables of contents resolved to their entries (every reference is now known to be there).
  const newsById = new Map(news.map((e) => [e.id, e]));
  const storyById = new Map(stories.map((e) => [e.id, e]));
  const resolvedBulletins = new Map<string, ResolvedSection<N, S>[]>();
  const appearances = new Map<string, B[]>(); // 'news/id' → bulletins that carry it
  for (const bulletin of bulletins) {
    const sections = bulletin.data.contents.map((section) => ({
      section: section.section,
      items: section.items.map((ref): ItemRef<N, S> => {
        pushTo(appearances, ref, bulletin);
        const [kind, id = ''] = ref.split('/');
        return kind === 'news' ? { kind, entry: newsById.get(id)! } : { kind: 'stories', entry: storyById.get(id)! };
      }),
    }));
    resolvedBulletins.set(bulletin.id, sections);
  }

  const { byName: topics, list: topicList } = indexTopics(news, people, stories);
  const townships = indexTownships(places.townships, news, people, stories);
  const townshipById = (id: string) => townships.find((t) => t.township.id === id);
  let mentions: Map<string, N[]> | undefined; // made by the first people page that asks

  return {
    places,
    news,
    people,
    stories,
    bulletins,
    topics: topicList,
    townships,
    months: indexMonths(news, stories),

    /** The five categories in their customary order, with URL slugs and how many people each has. */
    categories: PERSON_CATEGORIES.map((name) => ({
      name,
      slug: pinyinSlug(name),
      count: people.filter((p) => p.data.category === name).length,
    })),
    township: townshipById,
    /** A township's numbers of news, people and stories (what a reading page's side column shows), for cache keys. */
    townshipCounts: (id: string) => {
      const t = townshipById(id);
      return t && [t.news.length, t.people.length, t.stories.length];
    },
    topic: (name: string) => topics.get(name),
    /** Topic names → links to the topics (name and slug only: what a page shows and its cache key holds). */
    topicsNamed: (names: string[]) =>
      names.flatMap((n) => {
        const t = topics.get(n);
        return t ? [{ name: t.name, slug: t.slug }] : [];
      }),
    person: (id: string) => personById.get(id),
    peopleOfStory: (story: S) => story.data.people.map((id) => personById.get(id)!),
    storiesOfPerson: (person: P) => stories.filter((s) => s.data.people.includes(person.id)),
    /** People are mentioned by name in news text; their profile links to those items. */
    newsMentioning: (person: P, limit = Infinity) => {
      mentions ??= indexMentions(
        news,
        people.map((p) => p.data.name),
      );
      return (mentions.get(person.data.name) ?? []).slice(0, limit);
    },
    sections: (bulletin: B) => resolvedBulletins.get(bulletin.id) ?? [],
    /** Bulletins whose table of contents carries this item. */
    bulletinsCarrying: (kind: 'news' | 'stories', id: string) => appearances.get(`${kind}/${id}`) ?? [],
    latestBulletin: () => bulletins[0],
    /** The first titles of an issue's table of contents. */
    headlinesOf: (bulletin: B, count = 3) =>
      (resolvedBulletins.get(bulletin.id) ?? [])
        .flatMap((s) => s.items)
        .slice(0, count)
        .map((i) => i.entry.data.title),
    bulletinsByYear: () => groupBy(bulletins, (b) => String(yearOf(b.data.month))),

    /** Items sharing topics (weighted) and township with this one, newest first among equals. */
    relatedNews: makeRelatedNews(news),
  };
}
