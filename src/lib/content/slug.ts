// File names for new entries: ASCII, short, stable, in the shape content/README.md asks for.
//   news     2025-11-03-dongtang-dongji-liushou      (date, township, key words of the title)
//   stories  2025-07-dongtang-jiari-xuexiao          (year-month, township, key words)
//   people   li-xiuying                              (surname, given name)
//   bulletins 2025-11                                (the month)
import { pinyin } from 'pinyin-pro';
import type { PlaceRegistry } from '../places';
import { pinyinSlug } from '../pinyin-slug';
import { toSimplified } from '../text/traditional';

/** Words that say nothing about a particular item: the committee, its ranks, and reporting verbs. */
const FILLER =
  /关心下一代工作委员会|关心下一代|关工委|关工小组|关工办|工作委员会|委员会|办公室|召开|开展|举行|举办|组织|启动|深入|积极|扎实|持续|全面|认真|隆重|成功|圆满|专题|活动|工作|情况|简报|[“”"'‘’《》〈〉「」『』【】（）()[\]·•、，,。.：:；;！!？?—\-_\s\d]+/g;

/** The key words of a title for a slug: the place names and filler taken out. */
export function keyWords(title: string, places: PlaceRegistry, county?: string): string {
  let text = toSimplified(title);
  const names = places.townships.flatMap((t) => [t.name, ...t.villages.map((v) => v.name)]);
  if (county) names.push(county, county.replace(/[县区市]$/, ''));
  for (const name of names.sort((a, b) => b.length - a.length)) text = text.split(name).join(' ');
  return text.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

function slugWords(title: string, places: PlaceRegistry, county: string | undefined, words: number): string {
  const key = keyWords(title, places, county);
  const slug = pinyinSlug(key || title, words);
  return slug === 'x' ? '' : slug;
}

export function newsSlug(date: string, township: string, title: string, places: PlaceRegistry, county?: string): string {
  return [date, township, slugWords(title, places, county, 2)].filter(Boolean).join('-');
}

export function storySlug(date: string, township: string, title: string, places: PlaceRegistry, county?: string): string {
  return [date.slice(0, 7), township, slugWords(title, places, county, 2)].filter(Boolean).join('-');
}

/** 李秀英 → li-xiuying; 欧阳明 → ou-yangming (good enough: the editor may rename before publishing). */
export function personSlug(name: string): string {
  const syllables = pinyin(name.replace(/\s+/g, ''), { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  if (!syllables.length) return pinyinSlug(name);
  return [syllables[0], syllables.slice(1).join('')].filter(Boolean).join('-');
}

/** The slug itself when free, else slug-2, slug-3 … */
export function freeSlug(slug: string, taken: (candidate: string) => boolean): string {
  let candidate = slug;
  for (let n = 2; taken(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}
