// Reads what search indexes from one built page: the text inside [data-pagefind-body] minus
// [data-pagefind-ignore] parts, and the page's search record from the data-search-* attributes that
// Base.astro puts on that same element. Node only (htmlparser2); used by the indexer and the benchmark.
import { Parser } from 'htmlparser2';
import { isContentKind, type ContentKind } from '../content-kinds';

export interface ExtractedPage {
  type: ContentKind;
  title: string;
  /** YYYY-MM-DD or '' (profiles have no date). */
  date: string;
  /** '' when there is no date. */
  year: string;
  /** Township names (Chinese), as on the page. */
  townships: string[];
  /** The readable text, blocks separated by '\n' (the title, as the page's h1, comes first). */
  text: string;
}

/** Elements whose boundaries separate words: text on either side is never joined into one word. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
]);
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Where parsing can start: at the first [data-pagefind-body] element's tag, when nothing before it can matter
 * (no ignore region opened there, no "<" inside that tag). The page's head and header are nearly half its
 * HTML, and parsing was most of the time the index took to read 10,000 pages. Otherwise 0: the whole page.
 */
function bodyStart(html: string): number {
  const at = html.search(/data-pagefind-body/i);
  const start = at < 0 ? -1 : html.lastIndexOf('<', at);
  if (start < 0 || !/^<[a-z][^<>]*$/i.test(html.slice(start, at))) return 0;
  return /data-pagefind-ignore/i.test(html.slice(0, start)) ? 0 : start;
}

/** Returns null for pages without a [data-pagefind-body] element (lists, indexes, the search page). */
export function extractSearchPage(html: string): ExtractedPage | null {
  if (!/data-pagefind-body/i.test(html)) return null;
  // Stack of open elements: whether each opened a body, an ignore or a skip region.
  const stack: { tag: string; body: boolean; ignore: boolean; skip: boolean }[] = [];
  let bodyDepth = 0;
  let ignoreDepth = 0;
  let skipDepth = 0;
  let found = false;
  let record: Record<string, string> = {};
  let h1 = '';
  let inH1 = 0;
  let text = '';
  const breakLine = () => {
    if (bodyDepth > 0 && ignoreDepth === 0 && text && !text.endsWith('\n')) text += '\n';
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const body = 'data-pagefind-body' in attrs;
        const ignore = 'data-pagefind-ignore' in attrs;
        const skip = SKIP.has(name);
        if (body) {
          if (!found) record = attrs;
          found = true;
        }
        if (BLOCK.has(name)) breakLine();
        if (VOID.has(name)) return;
        stack.push({ tag: name, body, ignore, skip });
        if (body) bodyDepth++;
        if (ignore) ignoreDepth++;
        if (skip) skipDepth++;
        if (name === 'h1' && bodyDepth > 0 && ignoreDepth === 0) inH1++;
      },
      ontext(data) {
        if (bodyDepth > 0 && ignoreDepth === 0 && skipDepth === 0) {
          text += data;
          if (inH1 > 0) h1 += data;
        }
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Pop to the matching element (htmlparser2 reports implied closes too).
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]!.tag !== name) continue;
          while (stack.length > i) {
            const el = stack.pop()!;
            if (el.tag === 'h1' && inH1 > 0) inH1--;
            if (el.body) bodyDepth--;
            if (el.ignore) ignoreDepth--;
            if (el.skip) skipDepth--;
          }
          break;
        }
        if (BLOCK.has(name)) breakLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.slice(bodyStart(html)));
  parser.end();
  if (!found) return null;

  const clean = text
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  const declared = record['data-search-type'] ?? '';
  const type: ContentKind = isContentKind(declared) ? declared : 'news';
  const title = (record['data-search-title'] || h1).replace(/\s+/g, ' ').trim();
  const date = /^\d{4}-\d{2}-\d{2}$/.test(record['data-search-date'] ?? '') ? record['data-search-date']! : '';
  const year = record['data-search-year'] || date.slice(0, 4);
  const townships = (record['data-search-township'] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return { type, title, date, year, townships, text: clean };
}
