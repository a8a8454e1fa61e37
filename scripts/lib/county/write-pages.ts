// The synthetic county as built pages (npm run bench:search -- --corpus N): one HTML page per published entry,
// with the structure the real site gives the search indexer (Base.astro's <div data-pagefind-body
// data-search-*>, data-pagefind-ignore on item footers and related lists), written ONLY into the folder given
// (never content/ or dist/). Building 10,000 Markdown items through Astro costs minutes and gigabytes; the
// search indexer reads only the built HTML, so generating it directly tests the same path (README "Search").
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { issueLine } from '../../../src/lib/bulletin/issue-label';
import { KIND_LABELS, type ContentKind } from '../../../src/lib/content-kinds';
import { formatChineseDate, formatDateRange, toChinaMidnightIso } from '../../../src/lib/dates';
import { escapeHtml } from '../../../src/lib/html';
import { COUNTY, COUNTY_SITE_NAME, planCounty, type CountyOptions, type CountyPlan, type PlannedEntry } from './plan';

export interface CorpusOptions extends Omit<CountyOptions, 'news'> {
  outDir: string;
  /** News items; the county around them (people, stories, bulletins) is that of `npm run bench -- --items count`. */
  count: number;
}

export interface GeneratedPage {
  kind: ContentKind;
  id: string;
  /** Path of the page inside outDir: news/<id>/index.html. */
  path: string;
  title: string;
}

const FULL_NAME = `${COUNTY}关心下一代工作委员会`;

/** The generated entries' Markdown (paragraphs, ## headings, - lists, > quotes, **bold**) as HTML. */
export function markdownHtml(markdown: string): string {
  const inline = (text: string) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
  return markdown
    .split(/\n{2,}/)
    .filter((block) => block.trim())
    .map((block) => {
      if (block.startsWith('## ')) return `<h2>${inline(block.slice(3))}</h2>`;
      if (block.startsWith('> ')) return `<blockquote><p>${inline(block.slice(2))}</p></blockquote>`;
      if (block.startsWith('- '))
        return `<ul>${block
          .split('\n')
          .map((line) => `<li>${inline(line.replace(/^- /, ''))}</li>`)
          .join('')}</ul>`;
      return `<p>${inline(block)}</p>`;
    })
    .join('\n');
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** One entry's page: what the site's item page puts inside and around the indexed part. */
export function entryPage(entry: PlannedEntry, plan: CountyPlan, titles: Map<string, string>): { title: string; html: string } {
  const townshipName = (id: unknown) => plan.townshipRegistry.find((t) => t.id === id)?.name ?? str(id);
  const villageName = (townshipId: unknown, id: unknown) =>
    plan.townshipRegistry.find((t) => t.id === townshipId)?.villages.find((v) => v.id === id)?.name;
  const { data } = entry;
  const time = (date: string, text = formatChineseDate(date)) =>
    `<li><time datetime="${toChinaMidnightIso(date)}">${escapeHtml(text)}</time></li>`;
  const li = (text: string | undefined) => (text ? `<li>${escapeHtml(text)}</li>` : '');
  const place = (t: unknown, v: unknown) => [townshipName(t), villageName(t, v)].filter(Boolean).join('·');
  let title: string;
  let date = str(data['date']);
  let townships: string[];
  let meta: string;
  let extra = '';
  switch (entry.collection) {
    case 'news':
      title = str(data['title']);
      townships = [townshipName(data['township'])];
      meta =
        time(date) +
        li(place(data['township'], data['village'])) +
        li(str(data['source']) && `来源：${str(data['source'])}`) +
        li(str(data['author']) && `作者：${str(data['author'])}`);
      if (data['summary']) extra = `<p class="summary">${escapeHtml(str(data['summary']))}</p>`;
      break;
    case 'people':
      title = str(data['name']);
      date = '';
      townships = [townshipName(data['township'])];
      meta = li(str(data['category'])) + li(str(data['role'])) + li(place(data['township'], data['village']));
      if (data['quote']) extra = `<blockquote class="quote"><p>${escapeHtml(str(data['quote']))}</p></blockquote>`;
      break;
    case 'stories': {
      title = str(data['title']);
      townships = (data['townships'] as string[]).map(townshipName);
      meta = time(date, formatDateRange(date, str(data['endDate']) || undefined)) + li(townships.join('、')) + li(str(data['author']));
      const gallery = (data['gallery'] as { caption?: string }[])
        .map((g) => `<figure><figcaption>${escapeHtml(g.caption ?? '')}</figcaption></figure>`)
        .join('');
      extra = `<div class="gallery">${gallery}</div>`;
      break;
    }
    case 'bulletins': {
      const issue = data as { issue: number; runningNumber: number; month: string };
      title = `《关工动态》${issueLine(issue, true)}`;
      townships = [];
      meta = time(date) + li(`编印：${COUNTY}关心下一代工作委员会办公室`) + li(`责任编辑：${str(data['editor'])}`);
      const sections = data['contents'] as { section: string; items: string[] }[];
      extra = sections
        .map(
          (s) =>
            `<section><h2>${escapeHtml(s.section)}</h2><ol>${s.items.map((ref) => `<li><a href="/${ref}/">${escapeHtml(titles.get(ref) ?? ref)}</a></li>`).join('')}</ol></section>`,
        )
        .join('');
      break;
    }
  }
  const topics = Array.isArray(data['topics']) ? (data['topics'] as string[]) : [];
  const tags = topics.length
    ? `<ul class="tags">${topics.map((t) => `<li><a href="/topics/${encodeURIComponent(t)}/">${escapeHtml(t)}</a></li>`).join('')}</ul>`
    : '';
  const article = `<article class="article"><h1>${escapeHtml(title)}</h1><ul class="meta">${meta}</ul>${extra}<div class="prose">${markdownHtml(entry.body)}</div><footer class="article-foot" data-pagefind-ignore>${tags}</footer></article>`;
  const related = `<section aria-labelledby="related" data-pagefind-ignore><h2 id="related">相关动态</h2><ul class="teasers"><li><a href="/news/">${escapeHtml(KIND_LABELS.news)}</a></li></ul></section>`;
  const attrs = `data-pagefind-body data-search-type="${entry.collection}" data-search-title="${escapeHtml(title)}"${date ? ` data-search-date="${date}" data-search-year="${date.slice(0, 4)}"` : ''} data-search-township="${escapeHtml(townships.join(','))}"`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} - ${COUNTY_SITE_NAME}</title></head><body>
<a class="skip-link" href="#main">跳到正文</a><header class="site-header"><a class="site-brand" href="/">${COUNTY_SITE_NAME} ${FULL_NAME}</a>
<nav class="site-nav" aria-label="主导航"><ul><li><a href="/">首页</a></li>${(['news', 'people', 'stories', 'bulletins'] as const).map((k) => `<li><a href="/${k}/">${KIND_LABELS[k]}</a></li>`).join('')}<li><a href="/townships/">乡镇</a></li></ul></nav>
<form class="site-search" role="search" action="/search/" method="get"><input type="search" name="q" placeholder="搜人名、地名、主题，如：留守儿童"><button type="submit">搜索</button></form></header>
<main id="main"><nav class="breadcrumbs" aria-label="当前位置"><ol><li><a href="/">首页</a></li><li><a href="/${entry.collection}/">${KIND_LABELS[entry.collection]}</a></li><li><span aria-current="page">正文</span></li></ol></nav><div ${attrs}>${article}${related}</div></main>
<footer class="site-footer"><p>${FULL_NAME}</p><p>编印：${FULL_NAME}办公室</p></footer></body></html>`;
  return { title, html };
}

/** Every published entry of the county (drafts are not built) as a page: the pages a build would index. */
export function* countyPages(plan: CountyPlan): Generator<GeneratedPage & { html: string }> {
  const titles = new Map<string, string>();
  for (const e of plan.entries) titles.set(`${e.collection}/${e.id}`, str(e.data['title']) || str(e.data['name']));
  for (const entry of plan.entries) {
    if (entry.data['draft'] === true) continue;
    const { title, html } = entryPage(entry, plan, titles);
    yield { kind: entry.collection, id: entry.id, path: `${entry.collection}/${entry.id}/index.html`, title, html };
  }
}

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** Empties outDir and writes the county's pages into it, plus a bare index.html; returns the pages. */
export function generateCorpus({ outDir, count, ...options }: CorpusOptions): GeneratedPage[] {
  // The folder is emptied first: never let that be the project, its content/ or dist/.
  const target = resolve(outDir);
  if (`${target}${sep}`.startsWith(REPO) || REPO.startsWith(`${target}${sep}`)) {
    throw new Error(`测试内容只能写到项目以外的临时目录，不能写到 ${target}`);
  }
  const plan = planCounty({ ...options, news: count });
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const pages: GeneratedPage[] = [];
  for (const { html, ...page } of countyPages(plan)) {
    const file = join(target, page.path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, html);
    pages.push(page);
  }
  writeFileSync(
    join(target, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${COUNTY_SITE_NAME}（生成的测试站点）</title></head><body><main><h1>生成的测试站点：${pages.length} 页</h1></main></body></html>`,
  );
  return pages;
}
