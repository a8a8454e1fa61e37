// The site's content as one checked, indexed catalog: drafts removed, references resolved,
// every list that more than one page needs (by township, topic, month, bulletin) computed once.
import { newestFirst, yearMonthOf, yearOf, type PlainDate, type YearMonth } from './dates';
import type { PlaceRegistry, Township } from './places';
import { PERSON_CATEGORIES, type PersonCategory } from './schema';
import { pinyinSlug, uniqueSlugs } from './pinyin-slug';

export interface EntryLike<D> {
  id: string;
  data: D;
  filePath?: string | undefined;
  body?: string | undefined;
}

export interface NewsData {
  title: string;
  date: PlainDate;
  township: string;
  village?: string | undefined;
  topics: string[];
  draft: boolean;
}
export interface PersonData {
  name: string;
  category: PersonCategory;
  township: string;
  topics: string[];
  featured: boolean;
  draft: boolean;
}
export interface StoryData {
  title: string;
  date: PlainDate;
  townships: string[];
  people: string[];
  topics: string[];
  draft: boolean;
}
export interface BulletinData {
  title: string;
  issue: number;
  runningNumber?: number | undefined;
  month: YearMonth;
  date: PlainDate;
  contents: { section: string; items: string[] }[];
  draft: boolean;
}

export type ItemRef<N, S> = { kind: 'news'; entry: N } | { kind: 'stories'; entry: S };

export interface ContentProblem {
  file: string;
  field: string;
  value: string;
  message: string;
}

export class ContentIntegrityError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `内容检查发现 ${problems.length} 处引用错误：\n` +
        problems.map((p) => `  ${p.file}  ${p.field}  ${p.value}  ${p.message}`).join('\n'),
    );
    this.name = 'ContentIntegrityError';
  }
}

export interface Topic<N, P, S> {
  name: string;
  slug: string;
  news: N[];
  people: P[];
  stories: S[];
  count: number;
}

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

const fileOf = (entry: EntryLike<unknown>, collection: string) => entry.filePath ?? `content/${collection}/${entry.id}`;

function suggest(id: string, ids: string[]): string {
  const close = ids.filter((candidate) => candidate.includes(id) || id.includes(candidate) || sharedPrefix(candidate, id) >= 8);
  return close.length ? `相近的有：${close.slice(0, 3).join('、')}` : '';
}
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

export function buildCatalog<N extends N0, P extends P0, S extends S0, B extends B0>(input: CatalogInput<N, P, S, B>) {
  const { places } = input;
  const published = <T extends EntryLike<{ draft: boolean }>>(list: T[]) => list.filter((e) => !e.data.draft);

  const news = newestFirst(published(input.news), (e) => e.data.date, (e) => e.id);
  const stories = newestFirst(published(input.stories), (e) => e.data.date, (e) => e.id);
  const bulletins = [...published(input.bulletins)].sort(
    (a, b) => b.data.month.localeCompare(a.data.month) || b.data.issue - a.data.issue,
  );
  const categoryOrder = (c: PersonCategory) => PERSON_CATEGORIES.indexOf(c);
  const people = [...published(input.people)].sort(
    (a, b) =>
      Number(b.data.featured) - Number(a.data.featured) ||
      categoryOrder(a.data.category) - categoryOrder(b.data.category) ||
      a.data.name.localeCompare(b.data.name, 'zh-CN'),
  );

  const newsById = new Map(news.map((e) => [e.id, e]));
  const storyById = new Map(stories.map((e) => [e.id, e]));
  const personById = new Map(people.map((e) => [e.id, e]));
  const draftIds = {
    news: new Set(input.news.filter((e) => e.data.draft).map((e) => e.id)),
    stories: new Set(input.stories.filter((e) => e.data.draft).map((e) => e.id)),
    people: new Set(input.people.filter((e) => e.data.draft).map((e) => e.id)),
  };

  // References: a published entry may only point at published entries.
  const problems: ContentProblem[] = [];
  for (const story of input.stories) {
    if (story.data.draft) continue;
    story.data.people.forEach((id, i) => {
      if (personById.has(id)) return;
      problems.push({
        file: fileOf(story, 'stories'),
        field: `people[${i}]`,
        value: `"${id}"`,
        message: draftIds.people.has(id)
          ? '引用的五老典型还是草稿（draft: true），先发布它或去掉这条引用'
          : `找不到这个五老典型（应为 content/people/ 下的文件名）。${suggest(id, [...personById.keys()])}`,
      });
    });
  }
  const resolvedBulletins = new Map<string, ResolvedSection<N, S>[]>();
  const appearances = new Map<string, B[]>(); // 'news/id' → bulletins that carry it
  for (const bulletin of bulletins) {
    const seen = new Set<string>();
    const sections = bulletin.data.contents.map((section, s) => ({
      section: section.section,
      items: section.items.flatMap((ref, i): ItemRef<N, S>[] => {
        const field = `contents[${s}].items[${i}]`;
        const [kind, id = ''] = ref.split('/') as ['news' | 'stories', string];
        const entry = kind === 'news' ? newsById.get(id) : storyById.get(id);
        if (seen.has(ref)) {
          problems.push({ file: fileOf(bulletin, 'bulletins'), field, value: `"${ref}"`, message: '同一期目录里重复出现' });
          return [];
        }
        seen.add(ref);
        if (!entry) {
          const pool = kind === 'news' ? [...newsById.keys()] : [...storyById.keys()];
          problems.push({
            file: fileOf(bulletin, 'bulletins'),
            field,
            value: `"${ref}"`,
            message: draftIds[kind].has(id)
              ? '引用的稿件还是草稿（draft: true）'
              : `找不到这篇稿件（应为 content/${kind}/ 下的文件名，不带 .md）。${suggest(id, pool)}`,
          });
          return [];
        }
        (appearances.get(ref) ?? appearances.set(ref, []).get(ref)!).push(bulletin);
        return [kind === 'news' ? { kind, entry: entry as N } : { kind, entry: entry as S }];
      }),
    }));
    resolvedBulletins.set(bulletin.id, sections);
  }
  const issueKeys = new Map<string, B>();
  for (const bulletin of bulletins) {
    const key = `${yearOf(bulletin.data.month)}-${bulletin.data.issue}`;
    const other = issueKeys.get(key);
    if (other) {
      problems.push({
        file: fileOf(bulletin, 'bulletins'),
        field: 'issue',
        value: String(bulletin.data.issue),
        message: `${yearOf(bulletin.data.month)}年第${bulletin.data.issue}期已由 ${fileOf(other, 'bulletins')} 使用`,
      });
    }
    issueKeys.set(key, bulletin);
  }
  if (problems.length) throw new ContentIntegrityError(problems);

  // Topics, with URL slugs made once for the whole site.
  const topicNames = [...news, ...people, ...stories].flatMap((e) => e.data.topics);
  const topicSlugs = uniqueSlugs(topicNames);
  const topics = new Map<string, Topic<N, P, S>>();
  for (const [name, slug] of topicSlugs) topics.set(name, { name, slug, news: [], people: [], stories: [], count: 0 });
  for (const e of news) for (const t of e.data.topics) topics.get(t)!.news.push(e);
  for (const e of people) for (const t of e.data.topics) topics.get(t)!.people.push(e);
  for (const e of stories) for (const t of e.data.topics) topics.get(t)!.stories.push(e);
  for (const topic of topics.values()) topic.count = topic.news.length + topic.people.length + topic.stories.length;
  const topicList = [...topics.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));

  // Months: news and stories by the month of their date.
  const months = new Map<YearMonth, { news: N[]; stories: S[] }>();
  const monthOf = (ym: YearMonth) => months.get(ym) ?? months.set(ym, { news: [], stories: [] }).get(ym)!;
  for (const e of news) monthOf(yearMonthOf(e.data.date)).news.push(e);
  for (const e of stories) monthOf(yearMonthOf(e.data.date)).stories.push(e);
  const monthList = [...months.keys()].sort().reverse();

  const newsByTopic = new Map<string, N[]>();
  for (const e of news) for (const t of new Set(e.data.topics)) (newsByTopic.get(t) ?? newsByTopic.set(t, []).get(t)!).push(e);
  const newsByTownship = new Map<string, N[]>();
  for (const e of news) (newsByTownship.get(e.data.township) ?? newsByTownship.set(e.data.township, []).get(e.data.township)!).push(e);

  const townshipView = (township: Township) => ({
    township,
    news: news.filter((e) => e.data.township === township.id),
    people: people.filter((e) => e.data.township === township.id),
    stories: stories.filter((e) => e.data.townships.includes(township.id)),
  });
  const townships = places.townships.map(townshipView);

  return {
    places,
    news,
    people,
    stories,
    bulletins,
    topics: topicList,
    townships,
    months: monthList.map((ym) => ({ month: ym, ...months.get(ym)! })),

    /** The five categories in their customary order, with URL slugs and how many people each has. */
    categories: PERSON_CATEGORIES.map((name) => ({
      name,
      slug: pinyinSlug(name),
      count: people.filter((p) => p.data.category === name).length,
    })),
    township: (id: string) => townships.find((t) => t.township.id === id),
    topic: (name: string) => topics.get(name),
    /** Topic names → the topics (with slugs) for linking. */
    topicsNamed: (names: string[]) => names.map((n) => topics.get(n)).filter((t): t is Topic<N, P, S> => !!t),
    person: (id: string) => personById.get(id),
    peopleOfStory: (story: S) => story.data.people.map((id) => personById.get(id)!),
    storiesOfPerson: (person: P) => stories.filter((s) => s.data.people.includes(person.id)),
    /** People are mentioned by name in news text; their profile links to those items. */
    newsMentioning: (person: P, limit = Infinity) => {
      const found: N[] = [];
      for (const e of news) {
        if (found.length >= limit) break;
        if (e.data.title.includes(person.data.name) || (e.body ?? '').includes(person.data.name)) found.push(e);
      }
      return found;
    },
    sections: (bulletin: B) => resolvedBulletins.get(bulletin.id) ?? [],
    /** Bulletins whose table of contents carries this item. */
    bulletinsCarrying: (kind: 'news' | 'stories', id: string) => appearances.get(`${kind}/${id}`) ?? [],
    latestBulletin: () => bulletins[0],
    /** The first titles of an issue's table of contents. */
    headlinesOf: (bulletin: B, count = 3) =>
      (resolvedBulletins.get(bulletin.id) ?? []).flatMap((s) => s.items).slice(0, count).map((i) => i.entry.data.title),
    bulletinsByYear: () => groupBy(bulletins, (b) => String(yearOf(b.data.month))),

    /** Items sharing topics (weighted) and township with this one, newest first among equals. */
    relatedNews: (item: N, limit = 4) => {
      // Only items sharing a topic or the township can score; with 10,000 items, scanning them all for every
      // page made the build quadratic. Top `limit` by a linear pass, not a sort of every candidate.
      const scores = new Map<N, number>();
      for (const t of new Set(item.data.topics)) for (const other of newsByTopic.get(t) ?? []) scores.set(other, (scores.get(other) ?? 0) + 2);
      for (const other of newsByTownship.get(item.data.township) ?? []) scores.set(other, (scores.get(other) ?? 0) + 1);
      scores.delete(item);
      const before = (a: [N, number], b: [N, number]) =>
        b[1] - a[1] || b[0].data.date.localeCompare(a[0].data.date) || a[0].id.localeCompare(b[0].id);
      const best: [N, number][] = [];
      for (const candidate of scores) {
        if (best.length === limit && before(candidate, best[best.length - 1]!) >= 0) continue;
        const at = best.findIndex((b) => before(candidate, b) < 0);
        best.splice(at < 0 ? best.length : at, 0, candidate);
        if (best.length > limit) best.pop();
      }
      return best.map(([other]) => other);
    },
  };
}

export type Catalog<N extends N0, P extends P0, S extends S0, B extends B0> = ReturnType<typeof buildCatalog<N, P, S, B>>;

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();
/** id → index in a list, made once per list (pages of a big site each look up their neighbours). */
function positionsOf(list: readonly { id: string }[]): Map<string, number> {
  let map = positions.get(list);
  if (!map) positions.set(list, (map = new Map(list.map((e, i) => [e.id, i]))));
  return map;
}

/** Previous (older) and next (newer) item in a newest-first list. */
export function neighbours<T extends { id: string }>(list: T[], id: string): { older?: T | undefined; newer?: T | undefined } {
  const index = positionsOf(list).get(id);
  if (index === undefined) return {};
  return { newer: list[index - 1], older: list[index + 1] };
}

export function groupBy<T>(list: T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return [...groups.entries()];
}

export function paginate<T>(list: T[], pageSize: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < list.length; i += pageSize) pages.push(list.slice(i, i + pageSize));
  return pages.length ? pages : [[]];
}
