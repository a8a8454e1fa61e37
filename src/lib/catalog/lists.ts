// Small list helpers pages share: neighbours in a sorted list, grouping, pagination.

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();
/** id → index in a list, made once per list (pages of a big site each look up their neighbours). */
function positionsOf(list: readonly { id: string }[]): Map<string, number> {
  let map = positions.get(list);
  if (!map) positions.set(list, (map = new Map(list.map((e, i) => [e.id, i]))));
  return map;
}

/** Previous (older) and next (newer) item in a newest-first list. */
export function neighbours<T extends { id: string }>(list: T[], id: string): { older?: T | undefined; newer?: T | undefined } {
  const index = positionsOf(list).get(id);
  if (index === undefined) return {};
  return { newer: list[index - 1], older: list[index + 1] };
}

export function groupBy<T>(list: T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of list) {
    const key = keyOf(item);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  return [...groups.entries()];
}

export function paginate<T>(list: T[], pageSize: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < list.length; i += pageSize) pages.push(list.slice(i, i + pageSize));
  return pages.length ? pages : [[]];
}

/** Appends to the list under a key, making the list on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  (map.get(key) ?? map.set(key, []).get(key)!).push(value);
}
