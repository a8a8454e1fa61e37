import { describe, expect, it } from 'vitest';
import { jsonLdText, newsArticleLd, personLd, publicationIssueLd } from '@/lib/structured-data';
import sharp from 'sharp';
import { CardPainter, cardPng, cardSvg, drawCardFromSvg, wrapTitle } from '@/lib/og-card';
import { blendPalette, encodeIndexedPng, PaletteIndex } from '@/lib/indexed-png';
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
  it('wraps a title by width into at most the lines given, ending in … when cut', () => {
    const lines = wrapTitle('一二三四五六七八九十'.repeat(6), 60, 600, 3);
    expect(lines).toEqual(['一二三四五六七八九十', '一二三四五六七八九十', '一二三四五六七八九…']);
    expect(wrapTitle('短标题', 68, 1040, 2)).toEqual(['短标题']);
    // Latin letters and digits are narrower: more fit on a line.
    expect(wrapTitle('2025年第4期总第112期', 100, 1000, 3)).toEqual(['2025年第4期总第112', '期']);
  });

  it('keeps numbers whole and punctuation where Chinese typesetting wants it', () => {
    // A closing bracket or comma never starts a line: it hangs past the margin.
    expect(wrapTitle('2025年第4期（总第112期）', 68, 1040, 2)).toEqual(['2025年第4期（总第112期）']);
    expect(wrapTitle('一二三四五六七八九十，再一行', 100, 1000, 3)).toEqual(['一二三四五六七八九十，', '再一行']);
    // An opening bracket never ends a line: it moves down with what it opens.
    expect(wrapTitle('一二三四五六七八九《书名》', 100, 1000, 3)).toEqual(['一二三四五六七八九', '《书名》']);
    // A number is not cut in two, unless it is wider than a line.
    expect(wrapTitle('一二三四五六七八九12345', 100, 1000, 3)).toEqual(['一二三四五六七八九', '12345']);
    // 1000 px at 100 px: 18 Latin letters (0.55 em) a line.
    expect(wrapTitle('见www.example.gov.cn/guangongwei/news/2025', 100, 1000, 5)).toEqual([
      '见',
      'www.example.gov.cn',
      '/guangongwei/news/',
      '2025',
    ]);
    const word = 'abcdefghijklmnopqrstuvwxyz'.repeat(2);
    expect(wrapTitle(word, 100, 1000, 5)).toEqual([word.slice(0, 18), word.slice(18, 36), word.slice(36)]);
  });

  it('escapes text in the SVG', () => {
    expect(cardSvg({ title: 'A & <B>', kicker: '新闻', siteName: '桐川关工', footer: '2025年' })).toContain('A &amp; &lt;B&gt;');
  });

  it('is written as a palette PNG that looks like the drawn card (no pixel further than a blend step away)', async () => {
    const svg = cardSvg({
      title: '青山镇关工委组织五老志愿者看望留守儿童，送去冬衣和书本 ABC 123',
      kicker: '工作动态',
      siteName: '桐川关工',
      footer: '2025年11月3日',
    });
    const drawn = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const png = cardPng(drawn.data, drawn.info.width, drawn.info.height, drawn.info.channels);
    const meta = await sharp(png).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 1200, height: 630, isPalette: true });
    const back = await sharp(png).removeAlpha().raw().toBuffer();
    let worst = 0;
    for (let i = 0; i < back.length; i++) worst = Math.max(worst, Math.abs(back[i]! - drawn.data[i]!));
    expect(worst).toBeLessThanOrEqual(24);
    expect(png.length).toBeLessThan(40_000);
  });

  const input = { title: '青山镇关工委组织五老志愿者看望留守儿童，送去冬衣和书本 ABC 123', kicker: '工作动态', footer: '2025年11月3日' };
  const pixels = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer();
  /** Share of pixels further apart than a blend step (a glyph placed half a pixel off differs along its edges). */
  const differing = (a: Buffer, b: Buffer) => {
    let n = 0;
    for (let i = 0; i < a.length; i += 3)
      if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 48) n++;
    return n / (a.length / 3);
  };

  it('draws from placed glyphs what librsvg draws from the whole SVG', async () => {
    const painter = new CardPainter('桐川关工');
    const fast = await painter.draw(input);
    const slow = await drawCardFromSvg({ ...input, siteName: '桐川关工' });
    expect(await sharp(fast).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630, isPalette: true });
    const [a, b] = await Promise.all([pixels(fast), pixels(slow)]);
    expect(differing(a, b)).toBeLessThan(0.01);
    // A different title gives a different card, and the same one the same bytes.
    expect(differing(a, await pixels(await painter.draw({ ...input, title: '东塘镇' })))).toBeGreaterThan(0.02);
    expect((await painter.draw(input)).equals(fast)).toBe(true);
  });

  it('draws a card from the whole SVG when its font lacks a character, or the machine lacks the font', async () => {
    const withEmoji = { ...input, title: '县关工委召开工作会议😀部署全年任务' };
    const painter = new CardPainter('桐川关工');
    expect((await painter.draw(withEmoji)).equals(await drawCardFromSvg({ ...withEmoji, siteName: '桐川关工' }))).toBe(true);
    const noFonts = new CardPainter('桐川关工', null);
    expect((await noFonts.draw(input)).equals(await drawCardFromSvg({ ...input, siteName: '桐川关工' }, null))).toBe(true);
  });

  it('indexes each colour to its nearest palette entry', async () => {
    const palette = blendPalette([['#000000', '#ffffff']], 4);
    expect(palette).toEqual([
      [255, 255, 255],
      [191, 191, 191],
      [128, 128, 128],
      [64, 64, 64],
      [0, 0, 0],
    ]);
    const pixels = Uint8Array.from([250, 250, 250, 130, 120, 128, 10, 0, 5, 70, 70, 60]);
    const png = encodeIndexedPng(pixels, 2, 2, 3, new PaletteIndex(palette));
    expect([...(await sharp(png).raw().toBuffer())]).toEqual([255, 255, 255, 128, 128, 128, 0, 0, 0, 64, 64, 64]);
    expect(() => encodeIndexedPng(pixels, 3, 2, 3, new PaletteIndex(palette))).toThrow(/12 bytes/);
    expect(() =>
      blendPalette(
        [
          ['#000000', '#ffffff'],
          ['#ff0000', '#0000ff'],
        ],
        300,
      ),
    ).toThrow(/256/);
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
