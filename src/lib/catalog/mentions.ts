// Which news items name a person (in the title or the text), for the people pages.
import { pushTo } from './lists';

interface MentioningNews {
  data: { title: string };
  body?: string | undefined;
}

/**
 * Name → the items that contain it, in the order of `news`. One pass over all the text, looking up names by their
 * first character: searching every item's text once per person took seconds for 300 people and 10,000 items.
 */
export function indexMentions<N extends MentioningNews>(news: N[], names: string[]): Map<string, N[]> {
  const byFirst = new Map<number, string[]>();
  const found = new Map<string, N[]>();
  for (const name of new Set(names)) {
    if (name) pushTo(byFirst, name.charCodeAt(0), name);
    else found.set(name, [...news]); // every text contains the empty string, as String.includes says
  }
  for (const item of news) {
    const seen = new Set<string>();
    for (const text of [item.data.title, item.body ?? '']) {
      for (let i = 0; i < text.length; i++) {
        const candidates = byFirst.get(text.charCodeAt(i));
        if (!candidates) continue;
        for (const name of candidates) {
          if (seen.has(name) || !text.startsWith(name, i)) continue;
          seen.add(name);
          pushTo(found, name, item);
        }
      }
    }
  }
  return found;
}
