import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { safeHtmlPlugin, type SafeHtmlWarning } from '@/lib/safe-html';

// The same processor and options astro.config.mjs gives Astro, so this is what the site builds.
async function render(markdown: string) {
  const warnings: SafeHtmlWarning[] = [];
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: [safeHtmlPlugin({ report: (w) => warnings.push(w) })],
    features: { rawHtml: true },
    fileURL: pathToFileURL(`${process.cwd()}/content/news/2025/2025-06-01-x.md`),
  });
  return { html, warnings };
}

describe('raw HTML in Markdown entries', () => {
  let html = '';
  let warnings: SafeHtmlWarning[] = [];
  beforeAll(async () => {
    ({ html, warnings } = await render(readFileSync('tests/fixtures/safe-html/hostile.md', 'utf8')));
  });

  it('cannot run script: no <script>, event handlers, javascript: or data: URLs survive', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).not.toMatch(/<(svg|object)/i);
    expect(html).not.toContain('position:fixed');
  });

  it('removes iframes from hosts that are not allowed, and sandboxes allowed video players', () => {
    expect(html).not.toContain('evil.example');
    expect(html).toMatch(/<iframe src="https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1xx"[^>]*sandbox=/);
  });

  it('keeps tables, images with alt text, figure captions and the words of unknown wrappers', () => {
    expect(html).toContain('<caption>各村留守儿童人数</caption>');
    expect(html).toContain('<td>荷花村</td>');
    expect(html).toMatch(/<img src="https:\/\/example\.com\/a\.jpg" alt="假日学校开班">/);
    expect(html).toContain('<figcaption>假日学校开班现场</figcaption>');
    expect(html).toContain('保留文字');
    expect(html).toContain('领取奖品');
  });

  it('warns once per removal, naming the file', () => {
    expect(warnings.length).toBeGreaterThanOrEqual(8);
    for (const w of warnings) expect(w.file).toBe('content/news/2025/2025-06-01-x.md');
    const text = warnings.map((w) => w.message).join('\n');
    expect(text).toContain('已移除 <script> 元素');
    expect(text).toContain('onClick');
    expect(text).toContain('evil.example');
  });

  it('leaves ordinary Markdown alone and says nothing', async () => {
    const plain = await render('## 小标题\n\n正文，**加粗**，[链接](https://example.com/)。\n\n| 村 | 人数 |\n|---|---|\n| 荷花村 | 42 |\n');
    expect(plain.warnings).toEqual([]);
    expect(plain.html).toContain('<strong>加粗</strong>');
    expect(plain.html).toContain('<td>荷花村</td>');
  });
});
