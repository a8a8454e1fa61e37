import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { absolutizeHtml, latestEntries, renderFeed, type FeedEntry, type FeedMeta } from '@/lib/feeds';

const meta: FeedMeta = {
  title: '东塘镇关工委 - 桐川关工',
  description: '东塘镇关工委的工作动态',
  homeUrl: 'https://ggw.example.cn/ggw/townships/dongtang/',
  feedUrls: {
    rss: 'https://ggw.example.cn/ggw/feeds/townships/dongtang.xml',
    atom: 'https://ggw.example.cn/ggw/feeds/townships/dongtang.atom',
    json: 'https://ggw.example.cn/ggw/feeds/townships/dongtang.json',
  },
  copyright: '© 桐川县关心下一代工作委员会',
  author: '桐川县关心下一代工作委员会',
};

const entry = (n: number, date: string, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  url: `https://ggw.example.cn/ggw/news/${date}-item-${n}/`,
  title: `第${n}条 <新闻> & 动态`,
  summary: `摘要${n}`,
  contentHtml: `<p>正文${n}</p>`,
  date,
  categories: ['留守儿童', '东塘镇'],
  ...extra,
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('RSS 2.0', () => {
  const feed = xml.parse(
    renderFeed(
      meta,
      [entry(1, '2025-11-03', { author: '陈立新', image: 'https://ggw.example.cn/ggw/_astro/a.jpg' }), entry(2, '2026-01-05')],
      'rss',
    ),
  );
  const channel = feed.rss.channel;

  it('has the channel elements the spec requires, in Chinese', () => {
    expect(feed.rss['@version']).toBe('2.0');
    expect(channel.title).toBe(meta.title);
    expect(channel.link).toBe(meta.homeUrl);
    expect(channel.description).toBe(meta.description);
    expect(channel.language).toBe('zh-CN');
  });

  it('lists items newest first with absolute links, stable guids and RFC 822 dates at midnight China time', () => {
    const [first, second] = channel.item;
    expect(first.link).toBe('https://ggw.example.cn/ggw/news/2026-01-05-item-2/');
    expect(first.guid['#text']).toBe(first.link);
    // 2026-01-05 00:00 in China is 2026-01-04 16:00 UTC.
    expect(first.pubDate).toBe('Sun, 04 Jan 2026 16:00:00 GMT');
    expect(second.category).toEqual(['留守儿童', '东塘镇']);
    expect(second['content:encoded']).toContain('<p>正文1</p>');
    expect(first.title).toBe('第2条 <新闻> & 动态');
  });

  it('dates the channel by its newest item, so an unchanged site builds an unchanged feed', () => {
    expect(channel.lastBuildDate).toBe('Sun, 04 Jan 2026 16:00:00 GMT');
    expect(renderFeed(meta, [entry(1, '2025-11-03')], 'rss')).toBe(renderFeed(meta, [entry(1, '2025-11-03')], 'rss'));
  });
});

describe('Atom 1.0', () => {
  const feed = xml.parse(renderFeed(meta, [entry(1, '2025-11-03')], 'atom')).feed;
  it('has id, title, updated, self link and entries with id, title, updated and a link', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(meta.homeUrl);
    expect(feed.title['#text'] ?? feed.title).toBe(meta.title);
    expect(new Date(feed.updated).toISOString()).toBe('2025-11-02T16:00:00.000Z');
    const e = feed.entry;
    expect(e.id).toBe('https://ggw.example.cn/ggw/news/2025-11-03-item-1/');
    expect(e.link['@href']).toBe(e.id);
    expect(e.updated).toBeTruthy();
  });
});

describe('JSON Feed 1.1', () => {
  const feed = JSON.parse(renderFeed(meta, [entry(1, '2025-11-03', { author: '陈立新' })], 'json'));
  it('declares version 1.1 and carries the required fields with +08:00 dates', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(meta.title);
    expect(feed.feed_url).toBe(meta.feedUrls.json);
    expect(feed.language).toBe('zh-CN');
    expect(feed.items[0]).toMatchObject({
      id: 'https://ggw.example.cn/ggw/news/2025-11-03-item-1/',
      date_published: '2025-11-03T00:00:00+08:00',
      content_html: '<p>正文1</p>',
      tags: ['留守儿童', '东塘镇'],
      authors: [{ name: '陈立新' }],
    });
  });
});

describe('feed helpers', () => {
  it('keeps the newest 50 items, ties in a stable order', () => {
    const many = Array.from({ length: 60 }, (_, i) => entry(i, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`));
    const latest = latestEntries(many);
    expect(latest).toHaveLength(50);
    expect(latest[0]!.date).toBe('2025-01-28');
    expect(latestEntries([...many].reverse()).map((e) => e.url)).toEqual(latest.map((e) => e.url));
  });

  it('makes relative links and images absolute and leaves absolute, anchor and mail links alone', () => {
    const html =
      '<p><a href="../x/">x</a> <img src="/ggw/_astro/a.jpg" alt=""> <a href="#top">t</a> <a href="mailto:a@b.c">m</a> <a href="https://other.cn/">o</a></p>';
    expect(absolutizeHtml(html, 'https://ggw.example.cn/ggw/news/a/')).toBe(
      '<p><a href="https://ggw.example.cn/ggw/news/x/">x</a> <img src="https://ggw.example.cn/ggw/_astro/a.jpg" alt=""> <a href="#top">t</a> <a href="mailto:a@b.c">m</a> <a href="https://other.cn/">o</a></p>',
    );
  });
});
