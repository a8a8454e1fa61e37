// The benchmarks' synthetic county (scripts/lib/county/) must be content the project accepts: every entry through
// the real schemas, every reference resolving, dates spread over years, some Traditional text, bodies of
// 300–2,000 characters. Written as pages for the search benchmark, it is the same county, and every benchmark
// query finds something in it except the one meant to find nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { charCount, markdownBody, TOPICS } from '../../scripts/lib/chinese-text';
import { planCounty } from '../../scripts/lib/county/plan';
import { addNewsItem, bodyChars, generateCounty, type GeneratedCounty } from '../../scripts/lib/county/write-content';
import { countyPages, generateCorpus, markdownHtml } from '../../scripts/lib/county/write-pages';
import { seededRandom } from '../../scripts/lib/random';
import { CORPUS_QUERIES, NO_MATCH_QUERY } from '../../scripts/lib/search-queries';
import { checkContent } from '@/lib/check/check';
import { findTraditional } from '@/lib/text/traditional';
import { splitFrontmatter } from '@/lib/content/frontmatter';
import { buildPlaceRegistry } from '@/lib/places';
import { bulletinSchema, newsSchema, personSchema, storySchema } from '@/lib/schema';
import { extractSearchPage } from '@/lib/search/extract';
import { foldText, makeCharFolder } from '@/lib/search/fold';
import { openccFoldTable } from '@/lib/search/fold-table';
import { indexedText, sectionsOf } from '@/lib/search/indexed-page';
import { parseSiteConfig } from '@/lib/site-settings';

let root: string;
let county: GeneratedCounty;
const content = () => join(root, 'content');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bench-county-'));
  county = await generateCounty({
    dir: join(root, 'content'),
    photoDir: join(root, 'photos'),
    news: 50,
    people: 12,
    stories: 6,
    townships: 8,
    photos: 3,
    photoWidth: 64,
    photoHeight: 48,
    traditionalShare: 0.2,
    coverShare: 0.2,
    fullWidthShare: 0.1,
    seed: 42,
  });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : [],
  );
}

describe('generateCounty: a synthetic county the project accepts', () => {
  it('writes the counts asked for, and bulletins for the months that have items', () => {
    expect(county.news).toHaveLength(50);
    expect(county.people).toHaveLength(12);
    expect(county.stories).toHaveLength(6);
    expect(county.townships).toHaveLength(8);
    expect(county.bulletins.length).toBeGreaterThan(10);
    expect(markdownFiles(join(content(), 'news'))).toHaveLength(50);
  });

  it('site.yaml and townships.yaml pass their schemas', () => {
    const site = parseSiteConfig(parse(readFileSync(join(content(), 'site.yaml'), 'utf8')));
    expect(site.runningNumber).toBe(true);
    const places = buildPlaceRegistry(parse(readFileSync(join(content(), 'townships.yaml'), 'utf8')));
    expect(places.townships).toHaveLength(8);
    for (const t of places.townships) expect(t.villages.length).toBeGreaterThanOrEqual(3);
  });

  it('every entry passes the collection schema (image() stubbed as a path that must exist)', () => {
    const places = buildPlaceRegistry(parse(readFileSync(join(content(), 'townships.yaml'), 'utf8')));
    let dir = '';
    const image = () => z.string().refine((p) => existsSync(resolve(dir, p)), { error: (iss) => `missing image ${String(iss.input)}` });
    const schemas = {
      news: newsSchema({ image, places }),
      people: personSchema({ image, places }),
      stories: storySchema({ image, places }),
      bulletins: bulletinSchema(),
    };
    let checked = 0;
    for (const collection of ['news', 'people', 'stories', 'bulletins'] as const) {
      for (const file of markdownFiles(join(content(), collection))) {
        dir = dirname(file);
        const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
        const result = schemas[collection].safeParse(data);
        expect(result.error?.issues ?? [], file).toEqual([]);
        expect(body.trim().length, file).toBeGreaterThan(0);
        checked++;
      }
    }
    expect(checked).toBe(50 + 12 + 6 + county.bulletins.length);
  });

  it('passes the build’s own content check without errors (references, images, ids)', () => {
    const report = checkContent({ root, warnings: false });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts.news).toBe(50);
  });

  it('references resolve: story people, bulletin contents (never a draft)', () => {
    const people = new Set(county.people.map((p) => p.id));
    for (const s of county.stories) for (const id of s.people) expect(people.has(id), id).toBe(true);
    const published = new Set<string>([
      ...county.news.filter((n) => !n.draft).map((n) => `news/${n.id}`),
      ...county.stories.map((s) => `stories/${s.id}`),
    ]);
    const byId = new Map<string, string>([
      ...county.news.map((n) => [`news/${n.id}`, n.date] as const),
      ...county.stories.map((s) => [`stories/${s.id}`, s.date] as const),
    ]);
    for (const b of county.bulletins) {
      expect(b.items.length).toBeGreaterThan(0);
      for (const ref of b.items) {
        expect(published.has(ref), ref).toBe(true);
        expect(byId.get(ref)!.slice(0, 7), `${b.id} carries ${ref}`).toBe(b.month);
      }
    }
  });

  it('spreads dates over the years and months, within the range', () => {
    const years = new Set(county.news.map((n) => n.date.slice(0, 4)));
    const months = new Set(county.news.map((n) => n.date.slice(0, 7)));
    expect(years.size).toBeGreaterThanOrEqual(6);
    expect(months.size).toBeGreaterThanOrEqual(25);
    for (const n of county.news) {
      expect(n.date >= '2017-01-01' && n.date <= '2026-10-31', n.date).toBe(true);
      expect(n.file).toBe(`news/${n.date.slice(0, 4)}/${n.id}.md`);
    }
  });

  it('writes the share of items in Traditional characters asked for, and only those', () => {
    const traditional = county.news.filter((n) => n.traditional);
    expect(traditional.length / county.news.length).toBeGreaterThan(0.08);
    expect(traditional.length / county.news.length).toBeLessThan(0.35);
    for (const n of county.news) {
      const text = readFileSync(join(content(), n.file), 'utf8');
      expect(findTraditional(text) !== null, n.file).toBe(n.traditional);
    }
  });

  it('keeps news bodies between 300 and 2,000 characters', () => {
    for (const n of county.news) {
      const { body } = splitFrontmatter(readFileSync(join(content(), n.file), 'utf8'));
      const chars = bodyChars(body);
      expect(chars, n.file).toBeGreaterThanOrEqual(300);
      expect(chars, n.file).toBeLessThanOrEqual(2000);
    }
  });

  it('mixes topics and gives a share of news a cover photo copied next to it', () => {
    expect(new Set(county.news.flatMap((n) => n.topics)).size).toBeGreaterThanOrEqual(8);
    const covers = county.news.filter((n) => n.cover);
    expect(covers.length).toBeGreaterThan(3);
    for (const n of covers) expect(existsSync(join(content(), n.file.replace(/\.md$/, '.jpg')))).toBe(true);
    expect(county.photos.distinct).toBe(3);
    expect(county.photos.copies).toBeGreaterThan(covers.length);
  });
});

const COUNTY_OPTIONS = {
  news: 50,
  people: 12,
  stories: 6,
  townships: 8,
  photos: 3,
  traditionalShare: 0.2,
  coverShare: 0.2,
  fullWidthShare: 0.1,
  seed: 42,
};

describe('the county as pages for the search benchmark', () => {
  it('is the same county as the content folder: one page per published entry, with its title and body', () => {
    const out = join(root, 'pages');
    const pages = generateCorpus({ outDir: out, count: 50, ...COUNTY_OPTIONS });
    const published = county.news.filter((n) => !n.draft).length + county.people.length + county.stories.length + county.bulletins.length;
    expect(pages).toHaveLength(published);
    for (const n of county.news.filter((x) => !x.draft)) {
      const html = readFileSync(join(out, 'news', n.id, 'index.html'), 'utf8');
      const { data, body } = splitFrontmatter(readFileSync(join(content(), n.file), 'utf8'));
      expect(html).toContain(`<h1>${String(data['title'])}</h1>`);
      expect(html).toContain(markdownHtml(body.trim()));
    }
    for (const p of county.people) expect(existsSync(join(out, 'people', p.id, 'index.html')), p.id).toBe(true);
    for (const b of county.bulletins)
      expect(readFileSync(join(out, 'bulletins', b.id, 'index.html'), 'utf8')).toContain('data-search-type="bulletins"');
  });

  it('gives the indexer what the site gives it: the searchable part marked, with type, title, date and township', () => {
    const plan = planCounty(COUNTY_OPTIONS);
    const page = [...countyPages(plan)].find((p) => p.kind === 'news')!;
    const extracted = extractSearchPage(page.html);
    const first = county.news.find((n) => !n.draft)!;
    expect(extracted).toMatchObject({ type: 'news', title: page.title, date: first.date });
    expect(extracted?.townships).toEqual([county.townships.find((t) => t.id === first.township)!.name]);
  });

  it('writes full-width digits and letters into the share of news asked for', () => {
    const wide = county.news.filter((n) => n.fullWidth);
    expect(wide.length).toBeGreaterThan(0);
    for (const n of wide) expect(readFileSync(join(content(), n.file), 'utf8')).toMatch(/[０-９]/);
  });

  it('never writes pages into the project', () => {
    expect(() => generateCorpus({ outDir: join(__dirname, 'corpus'), count: 1 })).toThrow(/项目以外/);
  });

  it('every benchmark query finds pages in the default 10,000-item county, except the one that must find nothing', () => {
    const fold = makeCharFolder(openccFoldTable());
    const texts: string[] = [];
    for (const p of countyPages(planCounty({ news: 10_000 }))) {
      const page = extractSearchPage(p.html);
      if (page) texts.push(indexedText(sectionsOf(page, fold), fold));
    }
    expect(texts.length).toBeGreaterThan(10_000);
    const matches = Object.fromEntries(
      CORPUS_QUERIES.map((q) => {
        const words = foldText(q, fold).split(' ').filter(Boolean);
        return [q, texts.filter((t) => words.every((w) => t.includes(w))).length];
      }),
    );
    for (const [q, count] of Object.entries(matches)) {
      if (q === NO_MATCH_QUERY) expect(count, q).toBe(0);
      else expect(count, q).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('markdownBody', () => {
  it('stays within min and max for any target, and is the same for the same seed', () => {
    const ctx = (seed: number) => ({
      rand: seededRandom(seed),
      place: { township: '城关镇', village: '荷花村' },
      date: '2025-07-03',
      topic: TOPICS[0]!,
    });
    for (const target of [10, 300, 800, 2000, 5000]) {
      const { markdown, chars } = markdownBody(ctx(target), target, { min: 300, max: 2000 });
      expect(chars).toBeGreaterThanOrEqual(300);
      expect(chars).toBeLessThanOrEqual(2000);
      expect(bodyChars(markdown)).toBe(chars);
    }
    expect(markdownBody(ctx(5), 900, { min: 300, max: 2000 })).toEqual(markdownBody(ctx(5), 900, { min: 300, max: 2000 }));
    expect(charCount('关工委𠀀')).toBe(4);
  });
});

// Last: it changes the county the tests above read.
describe('addNewsItem: the one item the benchmark adds before rebuilding', () => {
  it('is a valid news item after the last one, and is never written over', () => {
    const file = addNewsItem(county);
    const last = county.news
      .map((n) => n.date)
      .sort()
      .at(-1)!;
    expect(file.slice(file.lastIndexOf('/') + 1) > last).toBe(true);
    const report = checkContent({ root, warnings: false });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts.news).toBe(51);
    expect(() => addNewsItem(county)).toThrow(/EEXIST/);
  });
});
