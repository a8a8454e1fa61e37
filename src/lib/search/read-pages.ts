// Step 1 of the indexer: reading built pages into what the index and the result documents need. Split over
// two threads on a large site (src/lib/search/read-pages-worker.ts), so it is a function of its inputs only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { extractSearchPage, type ExtractedPage } from './extract';
import { makeCharFolder, type FoldTable } from './fold';
import { foldedSections, sectionsOf } from './indexed-page';

export interface ReadPage {
  /** URL relative to the site base, e.g. "news/2025-11-03-x/". */
  url: string;
  page: ExtractedPage;
  /** Folded title and body: what the index lists grams of. */
  title: string;
  body: string;
  /** The result document (JSON) and its hash. */
  doc: string;
  hash: string;
}

/** The pages among `files` (HTML files under `site`) that have a search body, in the order given. */
export function readSearchPages(site: string, files: readonly string[], table: FoldTable): ReadPage[] {
  const fold = makeCharFolder(table);
  const found: ReadPage[] = [];
  for (const file of files) {
    const page = extractSearchPage(readFileSync(file, 'utf8'));
    if (!page) continue;
    const rel = relative(site, file).split(sep).join('/');
    const url = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const sections = sectionsOf(page, fold);
    const doc = JSON.stringify({ u: url, t: sections.title, y: page.type, d: page.date, w: page.townships, x: sections.body });
    // Documents are named by their content, so a browser never pairs a cached old document with a new index.
    const hash = createHash('sha256').update(doc).digest('hex').slice(0, 16);
    found.push({ url, page, ...foldedSections(sections, fold), doc, hash });
  }
  return found;
}
