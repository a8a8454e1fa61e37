// Related news for an item: others sharing its topics (weighted twice) or its township.
import { pushTo } from './lists';

interface RelatableNews {
  id: string;
  data: { date: string; township: string; topics: string[] };
}

/**
 * Builds the lookup once for the whole site. Only items sharing a topic or the township can score; with 10,000
 * items, scanning them all for every page made the build quadratic. Scores live in one reused integer array and
 * ties go by a rank computed once (newest first, then id), because a Map and string comparisons per candidate
 * cost seconds over 10,000 pages.
 */
export function makeRelatedNews<N extends RelatableNews>(news: N[]): (item: N, limit?: number) => N[] {
  const indexOf = new Map<N, number>(news.map((e, i) => [e, i]));
  const order = news.map((_, i) => i);
  order.sort((a, b) => news[b]!.data.date.localeCompare(news[a]!.data.date) || news[a]!.id.localeCompare(news[b]!.id));
  const rank = new Int32Array(news.length);
  order.forEach((i, r) => (rank[i] = r));
  const byTopic = new Map<string, number[]>();
  const byTownship = new Map<string, number[]>();
  news.forEach((e, i) => {
    for (const t of new Set(e.data.topics)) pushTo(byTopic, t, i);
    pushTo(byTownship, e.data.township, i);
  });
  const scores = new Int32Array(news.length);
  const touched: number[] = [];
  const add = (candidates: number[] | undefined, weight: number) => {
    for (const c of candidates ?? []) {
      if (scores[c] === 0) touched.push(c);
      scores[c] = scores[c]! + weight;
    }
  };
  return (item, limit = 4) => {
    touched.length = 0;
    for (const t of new Set(item.data.topics)) add(byTopic.get(t), 2);
    add(byTownship.get(item.data.township), 1);
    const self = indexOf.get(item);
    // Most shared first, then newest; the top `limit` by a linear pass, not a sort of every candidate.
    const before = (a: number, b: number) => scores[b]! - scores[a]! || rank[a]! - rank[b]!;
    const best: number[] = [];
    for (const candidate of touched) {
      if (candidate === self) continue;
      if (best.length === limit && before(candidate, best[best.length - 1]!) >= 0) continue;
      const at = best.findIndex((b) => before(candidate, b) < 0);
      best.splice(at < 0 ? best.length : at, 0, candidate);
      if (best.length > limit) best.pop();
    }
    for (const c of touched) scores[c] = 0;
    return best.map((i) => news[i]!);
  };
}
