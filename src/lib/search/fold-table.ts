// Builds the Traditional → Simplified character table used by search folding, from OpenCC's dictionaries
// (opencc-js). Node only: the indexer builds it once and ships the browser only the part the site needs.
import * as OpenCC from 'opencc-js';
import type { FoldTable } from './fold';

let built: Map<number, string> | undefined;

/** Every single-character key of an OpenCC dictionary group ("a b|c d e|…"). */
function dictKeys(groups: readonly unknown[], into: Set<string>): void {
  const visit = (d: unknown): void => {
    if (typeof d === 'string') {
      for (const entry of d.split('|')) {
        const key = entry.split(' ')[0] ?? '';
        if (key && [...key].length === 1) into.add(key);
      }
    } else if (Array.isArray(d)) d.forEach(visit);
    else if (d && typeof d === 'object') Object.keys(d).forEach((k) => [...k].length === 1 && into.add(k));
  };
  visit(groups);
}

/**
 * Code point → Simplified character, for every character OpenCC converts on its own, from Traditional as
 * written in Taiwan (tw), Hong Kong (hk) and standard OpenCC Traditional. Conversion is per character, not per
 * phrase, so the same character always folds the same way in pages and in queries.
 */
export function openccFoldTable(): FoldTable {
  if (built) return built;
  const locale = OpenCC.Locale as unknown as { from: Record<string, readonly unknown[]>; to: Record<string, readonly unknown[]> };
  const keys = new Set<string>();
  dictKeys(locale.to['cn'] ?? [], keys);
  dictKeys(locale.from['tw'] ?? [], keys);
  dictKeys(locale.from['hk'] ?? [], keys);
  const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const table = new Map<number, string>();
  for (const k of keys) {
    const key = k.normalize('NFKC').toLowerCase();
    if ([...key].length !== 1) continue;
    let v = tw(key);
    if (v === key) v = hk(key);
    if (v !== key && v.length > 0 && [...v].length === 1) table.set(key.codePointAt(0)!, v);
  }
  // Resolve chains (a → b → c) so that folding is idempotent.
  for (const [k, v] of table) {
    let target = v;
    for (let step = 0; step < 4; step++) {
      const next = table.get(target.codePointAt(0)!);
      if (!next || next === target) break;
      target = next;
    }
    if (target.codePointAt(0) === k) table.delete(k);
    else table.set(k, target);
  }
  built = table;
  return table;
}
