// What one indexed page contributes to search: its sections (title, body) and their folded text.
// Shared by the indexer and the benchmark's truth, so both see exactly the same "indexed text".
import type { ExtractedPage } from './extract';
import { foldText, type CharFolder } from './fold';

export interface SearchSections {
  /** The title as readers see it. */
  title: string;
  /** The body text as readers see it (blocks separated by '\n'), without the title line. */
  body: string;
}

/** Splits a page into title and body: the page's first text block is its h1, the title itself. */
export function sectionsOf(page: ExtractedPage, fold: CharFolder): SearchSections {
  const lines = page.text.split('\n');
  const title = page.title || lines[0] || '';
  const first = lines[0] ?? '';
  const body = foldText(first, fold) === foldText(title, fold) ? lines.slice(1).join('\n') : page.text;
  return { title, body };
}

/** The folded title and body: what the index lists grams of. */
export function foldedSections(sections: SearchSections, fold: CharFolder): SearchSections {
  return { title: foldText(sections.title, fold), body: foldText(sections.body, fold) };
}

/** The folded indexed text of a page: what "the page contains the query" is checked against. */
export function indexedText(sections: SearchSections, fold: CharFolder): string {
  const folded = foldedSections(sections, fold);
  return `${folded.title} ${folded.body}`.trim();
}
