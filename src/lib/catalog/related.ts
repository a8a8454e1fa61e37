// Related news for an item: others sharing its topics (weighted twice) or its township.
import { pushTo } from './lists';

interface RelatableNews {
  id: string;
  data: { date: string; township: string; topics: string[] };
}

/**
 * Builds the lookup once for the whole site. Only items sharing a topic or the township can score; with 10,000
 * items, scanning them all for every page made the build quadratic.
 */
export function makeRelatedNews<N extends RelatableNews>(news: N[]): (item: N, limit?: number) => N[] {
  const byTopic = new Map<string, N[]>();
  const byTownship = new Map<string, N[]>();
  for (const e of news) {
    for (const t of new Set(e.data.topics)) pushTo(byTopic, t, e);
    pushTo(byTownship, e.data.township, e);
  }
  return (item, limit = 4) => {
    const scores = new Map<N, number>();
    for (const t of new Set(item.data.topics)) for (const other of byTopic.get(t) ?? []) scores.set(other, (scores.get(other) ?? 0) + 2);
    for (const other of byTownship.get(item.data.township) ?? []) scores.set(other, (scores.get(other) ?? 0) + 1);
    scores.delete(item);
    // Most shared first, then newest; the top `limit` by a linear pass, not a sort of every candidate.
    const before = (a: [N, number], b: [N, number]) =>
      b[1] - a[1] || b[0].data.date.localeCompare(a[0].data.date) || a[0].id.localeCompare(b[0].id);
    const best: [N, number][] = [];
    for (const candidate of scores) {
      if (best.length === limit && before(candidate, best[best.length - 1]!) >= 0) continue;
      const at = best.findIndex((b) => before(candidate, b) < 0);
      best.splice(at < 0 ? best.length : at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    return best.map(([other]) => other);
  };
}
