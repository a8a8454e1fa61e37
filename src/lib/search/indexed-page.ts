// What one indexed page contributes to search: its sections (title, body), their folded text and tokens.
// Shared by the indexer and the benchmark's truth, so both see exactly the same "indexed text".
import type { ExtractedPage } from './extract';
import { foldText, type CharFolder } from './fold';
import { sectionTokens } from './tokens';

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

/** The folded indexed text of a page: what "the page contains the query" is checked against. */
export function indexedText(sections: SearchSections, fold: CharFolder): string {
  return `${foldText(sections.title, fold)} ${foldText(sections.body, fold)}`.trim();
}

export interface PageTokens {
  /** Title tokens, then body tokens (each section's distinct tokens). */
  content: string[];
  /** Title tokens alone (Pagefind's title meta field, which it ranks higher). */
  title: string[];
}

export function pageTokens(sections: SearchSections, fold: CharFolder): PageTokens {
  const title = sectionTokens(foldText(sections.title, fold));
  const body = sectionTokens(foldText(sections.body, fold));
  return { content: [...title, ...body], title };
}
