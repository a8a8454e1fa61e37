// Indexing a built site again (scripts/search-index.ts) rewrites only the search documents whose text changed,
// and removes the documents of pages that are gone. (npm run build starts from a folder astro build emptied.)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, htmlFiles, readAllSearchPages } from '@/lib/search/indexer';
import { readSearchPages } from '@/lib/search/read-pages';
import { openccFoldTable } from '@/lib/search/fold-table';

const page = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><header>首页</header>` +
  `<main data-pagefind-body data-search-type="news" data-search-title="${title}" data-search-date="2025-11-03" data-search-township="东塘镇">` +
  `<h1>${title}</h1><p>${text}</p></main></body></html>`;

describe('the search index, built again into the same folder', () => {
  const site = mkdtempSync(join(tmpdir(), 'ggw-index-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  };
  const docs = () => new Map(readdirSync(join(site, 'search', 'doc')).map((n) => [n, statSync(join(site, 'search', 'doc', n)).mtimeMs]));

  it('keeps the files of unchanged documents, writes the changed one and removes the one of a page that is gone', async () => {
    write('', '<!doctype html><html><body><main><h1>首页</h1></main></body></html>');
    write('news/a', page('东塘镇走访留守儿童', '五老志愿者结对帮扶。'));
    write('news/b', page('河口镇假日学校开课', '退休教师义务辅导。'));
    write('news/c', page('青山乡关爱行动', '冬至送温暖。'));
    await buildSearchIndex({ siteDir: site });
    const before = docs();
    expect(before.size).toBe(3);
    // Age the files, so a rewrite shows in the modification time.
    for (const name of before.keys()) utimesSync(join(site, 'search', 'doc', name), 1_000_000, 1_000_000);
    write('news/b', page('河口镇假日学校开课', '退休教师义务辅导，家长点赞。'));
    rmSync(join(site, 'news', 'c'), { recursive: true });
    await buildSearchIndex({ siteDir: site });
    const after = docs();
    expect(after.size).toBe(2);
    const kept = [...after].filter(([name]) => before.has(name));
    expect(kept.length).toBe(1);
    expect(kept[0]![1]).toBe(1_000_000_000);
    const written = [...after].filter(([name]) => !before.has(name));
    expect(written.length).toBe(1);
    expect(written[0]![1]).toBeGreaterThan(1_000_000_000);
    // Whatever the names, every document holds its page's text as it is now.
    const texts = [...after.keys()].map((n) => gunzipSync(readFileSync(join(site, 'search', 'doc', n))).toString('utf8'));
    expect(texts.some((t) => t.includes('家长点赞'))).toBe(true);
    expect(texts.some((t) => t.includes('冬至'))).toBe(false);
  });
});

describe('reading the pages on two threads', () => {
  it('gives what one thread gives, page for page and in the same order', async () => {
    const site = mkdtempSync(join(tmpdir(), 'ggw-read-'));
    try {
      for (let k = 0; k < 30; k++) {
        mkdirSync(join(site, 'news', `n${k}`), { recursive: true });
        writeFileSync(
          join(site, 'news', `n${k}`, 'index.html'),
          page(`第${k}条：關工委走訪留守兒童`, `五老志愿者第${k}次上门，ＡＢＣ１２３。`),
        );
      }
      writeFileSync(join(site, 'index.html'), '<!doctype html><html><body><main><h1>首页</h1></main></body></html>');
      const files = [...htmlFiles(site)];
      const { pages: two, threads } = await readAllSearchPages(site, files, 5);
      expect(threads).toBe(availableParallelism() > 1 ? 2 : 1);
      expect(two).toEqual(readSearchPages(site, files, openccFoldTable()));
      expect(two.length).toBe(30);
      expect(two.some((p) => p.title.includes('关工委走访留守儿童'))).toBe(true);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
