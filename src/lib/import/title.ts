// The headline of a submission, by scoring candidate lines: the page's own <title>, <h1>, og:title agree with
// it; it stands near the top, is a heading or a short line with no sentence punctuation, and the byline or the
// first long paragraph follows it. Navigation items, toolbars, crumbs, contents heads, bylines and file names
// are never candidates. When two candidates score alike, the runners-up go into a review note.
import { blockText, type Block } from './blocks';
import { boilerplateReason } from './clean';
import { readMetaLine } from './meta';

export interface TitleHints {
  /** The document says so: frontmatter title, the page's heading outside the article, WeChat's title, og:title. */
  strong: string[];
  /** The page's <title> (site name cut off): often right, sometimes shortened or generic. */
  weak: string[];
}

export interface TitleChoice {
  title: string | null;
  blocks: Block[];
  /** Other candidates that scored close to the chosen one (the title is then uncertain). */
  runnersUp: string[];
  /** Short lines that stood above the headline and left the body with it (reported as dropped). */
  above: string[];
}

const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt|html?)$/i;
const SITE_NAME = /(?:人民政府|政府网|门户网站?|网站|官网|新闻网|信息网|委员会|办公室|关工委)$/;
/** How far down the text a headline may stand (page furniture and notices may come first). */
const WINDOW = 16;

export function normaliseHeadline(text: string): string {
  return text
    .trim()
    .replace(FILE_EXTENSION, '')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .normalize('NFKC');
}

/** Whether a line could be a headline at all. */
export function headlineShaped(text: string): boolean {
  const t = text.trim().replace(FILE_EXTENSION, '');
  const n = [...t].length;
  if (n < 5 || n > 60) return false;
  if (/[。；：:，、,]$/.test(t) || /[。！？][^”’」』]/.test(t) || /https?:|www\.|@/.test(t)) return false;
  if (/^[•·▪●■□◆◇►▶\-*]/.test(t)) return false;
  if ((t.match(/，/g)?.length ?? 0) > 2) return false;
  // A row of short words ("首页 新闻 公告 联系我们") is a menu, not a headline.
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length >= 3 && words.every((w) => [...w].length <= 5)) return false;
  if (boilerplateReason(t) !== null || readMetaLine(t) !== null) return false;
  return /\p{Script=Han}/u.test(t);
}

interface Candidate {
  text: string;
  index: number | null;
  score: number;
}

function hintBonus(key: string, hints: TitleHints): number {
  let best = 0;
  for (const [list, exact, partial] of [
    [hints.strong, 30, 14],
    [hints.weak, 18, 8],
  ] as const) {
    for (const hint of list) {
      const h = normaliseHeadline(hint);
      if (!h) continue;
      if (h === key) best = Math.max(best, exact);
      else if ((h.includes(key) || key.includes(h)) && Math.min(h.length, key.length) / Math.max(h.length, key.length) >= 0.6)
        best = Math.max(best, partial);
    }
  }
  return best;
}

export function chooseTitle(blocks: Block[], hints: TitleHints): TitleChoice {
  const candidates: Candidate[] = [];
  const textual = blocks.map((b, i) => ({ b, i })).filter(({ b }) => (b.kind === 'para' || b.kind === 'heading') && blockText(b).trim());
  textual.slice(0, WINDOW).forEach(({ b, i }, rank) => {
    const text = blockText(b).trim();
    if (!headlineShaped(text)) return;
    const key = normaliseHeadline(text);
    let score = Math.max(0, 8 - rank);
    if (b.kind === 'heading') score += b.level <= 1 ? 9 : 6;
    const n = key.length;
    if (n >= 8 && n <= 40) score += 4;
    if (/[！？]$/.test(text)) score -= 2;
    // What follows a headline: a byline or date line, or the first long paragraph.
    const next = textual.slice(rank + 1, rank + 3).map(({ b: nb }) => blockText(nb).trim());
    if (next[0] !== undefined && readMetaLine(next[0]) !== null) score += 5;
    else if (next[1] !== undefined && readMetaLine(next[1]) !== null) score += 2;
    // A site's or a unit's name at the top of a page ("巢湖市庙岗乡人民政府") reads like a line but says nothing.
    if (SITE_NAME.test(key)) score -= 6;
    if (next.some((t) => t.length >= 40 && /[。！？]/.test(t))) score += 3;
    score += hintBonus(key, hints);
    candidates.push({ text: text.replace(FILE_EXTENSION, ''), index: i, score });
  });
  // A hint the text does not repeat (WeChat's title sits outside the article) is a candidate of its own.
  for (const [list, base] of [
    [hints.strong, 26],
    [hints.weak, 12],
  ] as const) {
    for (const hint of list) {
      const t = hint.trim().replace(FILE_EXTENSION, '');
      if (!headlineShaped(t) && !(list === hints.strong && t.length >= 4 && t.length <= 80)) continue;
      const key = normaliseHeadline(t);
      if (candidates.some((c) => normaliseHeadline(c.text) === key)) continue;
      candidates.push({
        text: t,
        index: null,
        score: base + (hints.strong.concat(hints.weak).filter((h) => normaliseHeadline(h) === key).length - 1) * 4,
      });
    }
  }
  if (!candidates.length) return { title: null, blocks, runnersUp: [], above: [] };
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  const bestKey = normaliseHeadline(best.text);
  const runnersUp = candidates
    .slice(1)
    .filter((c) => c.score >= best.score - 3 && normaliseHeadline(c.text) !== bestKey)
    .slice(0, 2)
    .map((c) => c.text);
  // The headline leaves the body, wherever near the top it stood (and a repetition of it too).
  const drop = new Set<number>();
  for (const { b, i } of textual.slice(0, WINDOW)) if (normaliseHeadline(blockText(b)) === bestKey) drop.add(i);
  // Short lines above a headline the text carries are the page's (site name, widgets), not the article's.
  const above: string[] = [];
  if (best.index !== null) {
    for (const { b, i } of textual) {
      if (i >= best.index) break;
      const t = blockText(b).trim();
      if (!drop.has(i) && [...t].length <= 40 && !/[。！？]/.test(t) && readMetaLine(t) === null) {
        drop.add(i);
        above.push(t);
      }
    }
  }
  return { title: best.text.trim(), blocks: blocks.filter((_, i) => !drop.has(i)), runnersUp, above };
}
