// The site's indexes over published entries: topics (with URL slugs made once), months, townships.
import { yearMonthOf, type PlainDate, type YearMonth } from '../dates';
import type { Township } from '../places';
import { uniqueSlugs } from '../pinyin-slug';

interface Dated {
  data: { date: PlainDate };
}
interface Topical {
  data: { topics: string[] };
}

export interface Topic<N, P, S> {
  name: string;
  slug: string;
  news: N[];
  people: P[];
  stories: S[];
  count: number;
}

/** Every topic used, most used first (then by name), each with its entries. */
export function indexTopics<N extends Topical, P extends Topical, S extends Topical>(news: N[], people: P[], stories: S[]) {
  const slugs = uniqueSlugs([...news, ...people, ...stories].flatMap((e) => e.data.topics));
  const topics = new Map<string, Topic<N, P, S>>();
  for (const [name, slug] of slugs) topics.set(name, { name, slug, news: [], people: [], stories: [], count: 0 });
  for (const e of news) for (const t of e.data.topics) topics.get(t)!.news.push(e);
  for (const e of people) for (const t of e.data.topics) topics.get(t)!.people.push(e);
  for (const e of stories) for (const t of e.data.topics) topics.get(t)!.stories.push(e);
  for (const topic of topics.values()) topic.count = topic.news.length + topic.people.length + topic.stories.length;
  const list = [...topics.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
  return { byName: topics, list };
}

/** News and stories by the month of their date, newest month first. */
export function indexMonths<N extends Dated, S extends Dated>(news: N[], stories: S[]) {
  const months = new Map<YearMonth, { news: N[]; stories: S[] }>();
  const monthOf = (ym: YearMonth) => months.get(ym) ?? months.set(ym, { news: [], stories: [] }).get(ym)!;
  for (const e of news) monthOf(yearMonthOf(e.data.date)).news.push(e);
  for (const e of stories) monthOf(yearMonthOf(e.data.date)).stories.push(e);
  return [...months.keys()]
    .sort()
    .reverse()
    .map((month) => ({ month, ...months.get(month)! }));
}

/** Each township (in the registry's order) with its news, people and stories. */
export function indexTownships<
  N extends { data: { township: string } },
  P extends { data: { township: string } },
  S extends { data: { townships: string[] } },
>(townships: Township[], news: N[], people: P[], stories: S[]) {
  return townships.map((township) => ({
    township,
    news: news.filter((e) => e.data.township === township.id),
    people: people.filter((e) => e.data.township === township.id),
    stories: stories.filter((e) => e.data.townships.includes(township.id)),
  }));
}
