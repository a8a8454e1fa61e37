import { describe, expect, it } from 'vitest';
import { jsonLdText, newsArticleLd, personLd, publicationIssueLd } from '@/lib/structured-data';
import { cardSvg, wrapTitle } from '@/lib/og-card';
import { lastModifiedByPath } from '@/lib/sitemap';

const publisher = { name: '桐川县关心下一代工作委员会', url: 'https://ggw.example.cn/' };

describe('JSON-LD', () => {
  it('describes a news item as a NewsArticle with the China-time publication date', () => {
    const ld = newsArticleLd({
      url: 'https://ggw.example.cn/news/a/',
      headline: '标题',
      description: '摘要',
      date: '2025-11-03',
      image: 'https://ggw.example.cn/og/news/a.png',
      author: '陈立新',
      place: '东塘镇·荷花村',
      keywords: ['留守儿童'],
      publisher,
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2025-11-03T00:00:00+08:00',
      author: { '@type': 'Person', name: '陈立新' },
    });
    expect(ld.image).toEqual(['https://ggw.example.cn/og/news/a.png']);
    expect(ld.publisher['@type']).toBe('Organization');
  });

  it('describes a 五老 as a Person with awards and a schema.org gender', () => {
    const ld = personLd({
      url: 'u',
      name: '李秀英',
      description: 'd',
      gender: '女',
      birthYear: 1952,
      place: '东塘镇',
      awards: ['2018年 先进个人'],
      memberOf: publisher,
    });
    expect(ld).toMatchObject({
      '@type': 'Person',
      name: '李秀英',
      gender: 'https://schema.org/Female',
      birthDate: '1952',
      award: ['2018年 先进个人'],
    });
  });

  it('describes a bulletin as a PublicationIssue of a Periodical listing its articles', () => {
    const ld = publicationIssueLd({
      url: 'u',
      name: '《关工动态》2025年第11期',
      issueNumber: 11,
      date: '2025-11-28',
      periodical: { name: '关工动态', url: 'p' },
      publisher,
      parts: [{ url: 'a', headline: 'A' }],
      image: 'i',
    });
    expect(ld).toMatchObject({ '@type': 'PublicationIssue', issueNumber: '11', isPartOf: { '@type': 'Periodical', name: '关工动态' } });
    expect(ld.hasPart).toEqual([{ '@type': 'Article', url: 'a', headline: 'A' }]);
  });

  it('cannot be broken out of its script tag by a title', () => {
    expect(jsonLdText({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('share cards', () => {
  it('wraps a long Chinese title into at most three lines, ending in … when cut', () => {
    const lines = wrapTitle('一二三四五六七八九十'.repeat(6));
    expect(lines).toHaveLength(3);
    expect([...lines[2]!].at(-1)).toBe('…');
    expect(wrapTitle('短标题')).toEqual(['短标题']);
  });

  it('escapes text in the SVG', () => {
    expect(cardSvg({ title: 'A & <B>', kicker: '新闻', siteName: '桐川关工', footer: '2025年' })).toContain('A &amp; &lt;B&gt;');
  });
});

describe('sitemap lastmod', () => {
  it('dates each entry page by its newest date and skips drafts and undated profiles', () => {
    const map = lastModifiedByPath([
      { collection: 'news', file: 'content/news/2025/2025-11-03-a.md', data: { date: new Date('2025-11-03') }, body: '' },
      { collection: 'stories', file: 'content/stories/s/index.md', data: { date: '2025-07-10', endDate: '2025-07-30' }, body: '' },
      { collection: 'news', file: 'content/news/2025/d.md', data: { date: '2025-01-01', draft: true }, body: '' },
      { collection: 'people', file: 'content/people/li.md', data: {}, body: '' },
    ]);
    expect([...map]).toEqual([
      ['/news/2025-11-03-a/', '2025-11-03'],
      ['/stories/s/', '2025-07-30'],
    ]);
  });
});
