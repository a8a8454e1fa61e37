import { describe, expect, it } from 'vitest';
import { buildCatalog } from '@/lib/catalog/catalog';
import { neighbours, paginate } from '@/lib/catalog/lists';
import { ContentIntegrityError } from '@/lib/catalog/references';
import { issueLabel } from '@/lib/bulletin/issue-label';
import { buildPlaceRegistry } from '@/lib/places';

const places = buildPlaceRegistry([
  { id: 'dongtang', name: '东塘镇', kind: '镇', order: 2, villages: [{ id: 'hehua', name: '荷花村', kind: '村' }] },
  { id: 'hekou', name: '河口镇', kind: '镇', order: 1 },
]);

const news = (id: string, date: string, extra: Partial<{ township: string; topics: string[]; draft: boolean; title: string }> = {}) => ({
  id,
  filePath: `content/news/${date.slice(0, 4)}/${id}.md`,
  body: `${id} 的正文`,
  data: {
    title: extra.title ?? `标题${id}`,
    date,
    township: extra.township ?? 'dongtang',
    topics: extra.topics ?? [],
    draft: extra.draft ?? false,
  },
});
const person = (id: string, name: string, extra: Partial<{ featured: boolean; draft: boolean; category: '老教师' | '老战士' }> = {}) => ({
  id,
  filePath: `content/people/${id}.md`,
  data: {
    name,
    category: extra.category ?? '老教师',
    township: 'dongtang',
    topics: [],
    featured: extra.featured ?? false,
    draft: extra.draft ?? false,
  },
});
const story = (id: string, date: string, people: string[] = [], draft = false) => ({
  id,
  filePath: `content/stories/${id}/index.md`,
  data: { title: `纪实${id}`, date, townships: ['dongtang'], people, topics: [], draft },
});
const bulletin = (id: string, issue: number, items: string[], draft = false) => ({
  id,
  filePath: `content/bulletins/${id}.md`,
  data: { title: `${id.slice(0, 4)}年第${issue}期`, issue, month: id, date: `${id}-28`, contents: [{ section: '工作动态', items }], draft },
});

function build(input: Partial<Parameters<typeof buildCatalog>[0]>) {
  return buildCatalog({ news: [], people: [], stories: [], bulletins: [], places, ...input });
}

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentIntegrityError);
    return (error as ContentIntegrityError).problems;
  }
  throw new Error('expected the catalog to refuse this content');
}

describe('buildCatalog', () => {
  it('keeps drafts off every list and sorts news newest first with a stable tie-break', () => {
    const c = build({
      news: [news('b', '2025-03-01'), news('a', '2025-03-01'), news('c', '2025-04-01'), news('d', '2025-05-01', { draft: true })],
    });
    expect(c.news.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(c.months.map((m) => m.month)).toEqual(['2025-04', '2025-03']);
  });

  it('fails on a bulletin that lists a news item that does not exist, naming file, field and value', () => {
    const problems = problemsOf(() =>
      build({
        news: [news('2025-03-01-dongtang-a', '2025-03-01')],
        bulletins: [bulletin('2025-03', 3, ['news/2025-03-01-dongtang-a', 'news/2025-03-01-dongtang-b'])],
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/bulletins/2025-03.md',
      field: 'contents[0].items[1]',
      value: '"news/2025-03-01-dongtang-b"',
    });
    expect(problems[0]!.message).toContain('找不到这篇稿件');
    expect(problems[0]!.message).toContain('2025-03-01-dongtang-a');
  });

  it('fails on a bulletin that lists a draft, saying it is a draft', () => {
    const problems = problemsOf(() =>
      build({ news: [news('x', '2025-03-01', { draft: true })], bulletins: [bulletin('2025-03', 3, ['news/x'])] }),
    );
    expect(problems[0]!.message).toContain('草稿');
  });

  it('fails on an item listed twice in one issue', () => {
    const problems = problemsOf(() =>
      build({ news: [news('x', '2025-03-01')], bulletins: [bulletin('2025-03', 3, ['news/x', 'news/x'])] }),
    );
    expect(problems[0]!.message).toContain('重复');
  });

  it('fails on two issues with the same number in one year', () => {
    const problems = problemsOf(() => build({ bulletins: [bulletin('2025-03', 3, []), bulletin('2025-04', 3, [])] }));
    expect(problems[0]).toMatchObject({ field: 'issue', value: '3' });
    expect(problems[0]!.message).toContain('2025年第3期');
  });

  it('fails on a story naming a person who has no profile', () => {
    const problems = problemsOf(() =>
      build({ people: [person('li-xiuying', '李秀英')], stories: [story('s1', '2025-07-10', ['li-xiuying', 'li-xiuyin'])] }),
    );
    expect(problems[0]).toMatchObject({ file: 'content/stories/s1/index.md', field: 'people[1]', value: '"li-xiuyin"' });
    expect(problems[0]!.message).toContain('li-xiuying');
  });

  it('lets a draft story point at anything: it is not published', () => {
    expect(() => build({ stories: [story('s1', '2025-07-10', ['nobody'], true)] })).not.toThrow();
  });

  it('resolves a bulletin into sections and remembers which issue carried each item', () => {
    const c = build({
      news: [news('n1', '2025-03-01'), news('n2', '2025-03-02')],
      stories: [story('s1', '2025-03-05')],
      bulletins: [bulletin('2025-03', 3, ['news/n2', 'stories/s1', 'news/n1'])],
    });
    const [b] = c.bulletins;
    expect(c.sections(b!)[0]!.items.map((i) => `${i.kind}/${i.entry.id}`)).toEqual(['news/n2', 'stories/s1', 'news/n1']);
    expect(c.bulletinsCarrying('news', 'n1').map((x) => x.id)).toEqual(['2025-03']);
    expect(c.bulletinsCarrying('news', 'n9')).toEqual([]);
    expect(c.headlinesOf(b!, 2)).toEqual(['标题n2', '纪实s1']);
  });

  it('groups content by township and topic, with pinyin topic slugs', () => {
    const c = build({
      news: [
        news('n1', '2025-03-01', { topics: ['留守儿童'] }),
        news('n2', '2025-03-02', { township: 'hekou', topics: ['留守儿童', '防溺水'] }),
      ],
    });
    expect(c.townships.map((t) => t.township.id)).toEqual(['hekou', 'dongtang']);
    expect(c.township('hekou')!.news.map((e) => e.id)).toEqual(['n2']);
    expect(c.topics[0]).toMatchObject({ name: '留守儿童', slug: 'liushou-ertong', count: 2 });
    expect(c.topicsNamed(['防溺水', '不存在']).map((t) => t.slug)).toEqual(['fangnishui']);
  });

  it('puts featured people first, then in the customary order 老干部、老战士、老专家、老教师、老模范', () => {
    const c = build({
      people: [
        person('b', '李四'),
        person('a', '王五', { category: '老战士' }),
        person('c', '张三', { featured: true, category: '老战士' }),
      ],
    });
    expect(c.people.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(c.categories.find((k) => k.name === '老战士')).toEqual({ name: '老战士', slug: 'laozhanshi', count: 2 });
  });

  it('finds related news by shared topics first, then township', () => {
    const c = build({
      news: [
        news('self', '2025-03-01', { topics: ['防溺水'] }),
        news('same-topic', '2025-01-01', { township: 'hekou', topics: ['防溺水'] }),
        news('same-place', '2025-02-01'),
        news('unrelated', '2025-02-01', { township: 'hekou' }),
      ],
    });
    expect(c.relatedNews(c.news.find((e) => e.id === 'self')!).map((e) => e.id)).toEqual(['same-topic', 'same-place']);
  });

  it('ranks related news exactly as scoring every item would: 2 per shared topic, 1 for the township, newest, then id', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const TOPICS = ['防溺水', '家庭教育', '红色教育', '助学', '法治'];
    const items = Array.from({ length: 300 }, (_, i) =>
      news(
        `n${i}`,
        `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
        {
          township: rand() < 0.5 ? 'dongtang' : 'hekou',
          topics: TOPICS.filter(() => rand() < 0.3),
        },
      ),
    );
    const c = build({ news: items });
    const everyItem = (item: (typeof c.news)[number], limit: number) =>
      c.news
        .filter((o) => o.id !== item.id)
        .map((o) => ({
          o,
          score: 2 * o.data.topics.filter((t) => item.data.topics.includes(t)).length + (o.data.township === item.data.township ? 1 : 0),
        }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || b.o.data.date.localeCompare(a.o.data.date) || a.o.id.localeCompare(b.o.id))
        .slice(0, limit)
        .map((x) => x.o.id);
    for (const item of c.news) {
      for (const limit of [1, 4, 9]) expect(c.relatedNews(item, limit).map((e) => e.id)).toEqual(everyItem(item, limit));
    }
  });

  it('finds news that mention a person by name', () => {
    const c = build({
      news: [news('n1', '2025-03-01', { title: '李秀英的假日学校' }), news('n2', '2025-03-02')],
      people: [person('li', '李秀英')],
    });
    expect(c.newsMentioning(c.people[0]!).map((e) => e.id)).toEqual(['n1']);
  });
});

describe('list helpers', () => {
  it('gives older and newer neighbours in a newest-first list', () => {
    const list = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
    expect(neighbours(list, 'b')).toEqual({ newer: { id: 'c' }, older: { id: 'a' } });
    expect(neighbours(list, 'c').newer).toBeUndefined();
    expect(neighbours(list, 'zz')).toEqual({});
  });

  it('paginates, with one empty page for an empty list', () => {
    expect(paginate([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    expect(paginate([], 20)).toEqual([[]]);
  });

  it('labels an issue with its running number only when the site uses one', () => {
    expect(issueLabel({ issue: 11, runningNumber: 131 }, true)).toBe('第11期（总第131期）');
    expect(issueLabel({ issue: 11, runningNumber: 131 }, false)).toBe('第11期');
  });
});
