import { describe, expect, it } from 'vitest';
import { extractSearchPage } from '@/lib/search/extract';
import { makeCharFolder } from '@/lib/search/fold';
import { openccFoldTable } from '@/lib/search/fold-table';
import { indexedText, sectionsOf } from '@/lib/search/indexed-page';

const fold = makeCharFolder(openccFoldTable());

const PAGE = `<!doctype html><html lang="zh-CN"><body>
<header><nav>首页 工作动态</nav><form><input name="q"></form></header>
<main><nav class="breadcrumbs">首页 › 正文</nav>
<div data-pagefind-body data-search-type="news" data-search-title="东塘镇走访留守儿童" data-search-date="2025-11-03" data-search-year="2025" data-search-township="东塘镇,河口镇">
<article><h1>东塘镇走访留守儿童</h1><ul class="meta"><li><time datetime="2025-11-03">2025年11月3日</time></li></ul>
<div class="prose"><p>五老&ldquo;一对一&rdquo;结对<br>帮扶。</p><script>var x = "不要索引";</script><p>荷花<span>村</span>假日学校</p></div>
<footer data-pagefind-ignore><a>上一篇：不应被索引的标题</a></footer></article>
<section data-pagefind-ignore><h2>相关动态</h2><a>相关文章标题</a></section></div></main>
<footer>版权所有</footer></body></html>`;

describe('what search indexes from a built page', () => {
  it('reads the data-search-* record and only the body text outside data-pagefind-ignore', () => {
    const page = extractSearchPage(PAGE)!;
    expect(page).toMatchObject({
      type: 'news',
      title: '东塘镇走访留守儿童',
      date: '2025-11-03',
      year: '2025',
      townships: ['东塘镇', '河口镇'],
    });
    expect(page.text.split('\n')).toEqual(['东塘镇走访留守儿童', '2025年11月3日', '五老“一对一”结对', '帮扶。', '荷花村假日学校']);
    expect(page.text).not.toMatch(/上一篇|相关|版权|首页|不要索引/);
  });

  it('reads the same when the body is not where parsing can start from: inside an ignored part, or after a "<" in its tag', () => {
    const ignored = extractSearchPage(
      '<html><body><div data-pagefind-ignore><main data-pagefind-body><p>甲</p></main></div></body></html>',
    );
    expect(ignored?.text).toBe('');
    const odd = extractSearchPage(
      '<html><body><main title="a<b" DATA-PAGEFIND-BODY data-search-title="乙"><p>乙文</p></main></body></html>',
    );
    expect(odd).toMatchObject({ title: '乙', text: '乙文' });
    expect(extractSearchPage(`<html><head><title>题</title><style>p{}</style></head>${PAGE.slice(PAGE.indexOf('<body>'))}`)).toEqual(
      extractSearchPage(PAGE),
    );
  });

  it('returns null for pages that search does not index', () => {
    expect(extractSearchPage('<html><body><main><h1>列表</h1></main></body></html>')).toBeNull();
  });

  it('splits the title from the body and folds both into the indexed text', () => {
    const sections = sectionsOf(extractSearchPage(PAGE)!, fold);
    expect(sections.title).toBe('东塘镇走访留守儿童');
    expect(sections.body.startsWith('2025年11月3日')).toBe(true);
    const text = indexedText(sections, fold);
    expect(text).toContain('荷花村假日学校');
    expect(text).not.toContain('结对帮扶'); // <br> separates, as the reader sees two lines
  });
});
