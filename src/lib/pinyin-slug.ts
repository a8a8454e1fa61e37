// ASCII slugs from Chinese text, for URLs and file names that survive every host and chat app.
import { pinyin } from 'pinyin-pro';

/** 留守儿童 → liushou-ertong ; 五好基层关工委 → wuhao-jiceng-guangongwei (two syllables a word). */
export function pinyinSlug(text: string, maxWords = 6): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < syllables.length; i += 2) words.push(syllables.slice(i, i + 2).join(''));
  // A lone last syllable joins the word before it: 防溺水 → fangnishui, not fangni-shui.
  if (syllables.length > 2 && syllables.length % 2 === 1) words.splice(-2, 2, words.at(-2)! + words.at(-1)!);
  return words.slice(0, maxWords).join('-') || 'x';
}

/** Slugs for a set of names, made unique with -2, -3 … in a stable (sorted) order. */
export function uniqueSlugs(names: Iterable<string>): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...new Set(names)].sort()) {
    const base = pinyinSlug(name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    result.set(name, slug);
  }
  return result;
}
