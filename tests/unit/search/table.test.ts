import { describe, expect, it } from 'vitest';
import { encodeSearchTable, SearchTable, type TableEntry } from '@/lib/search/table';

function hex(i: number, len = 7): string {
  // Deterministic pseudo-random hashes, some sharing their first digits.
  let x = (i * 2654435761) >>> 0;
  let s = '';
  while (s.length < len) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += (x >>> 16).toString(16).padStart(4, '0');
  }
  return s.slice(0, len);
}

describe('search page table', () => {
  it('round-trips type, townships and date, and finds each page by its hash', () => {
    const entries: TableEntry[] = [
      { hash: '1a2b3c4', type: 'news', townships: ['东塘镇'], date: '2025-11-03' },
      { hash: '1a2b999', type: 'people', townships: [], date: '' },
      { hash: 'ffff000', type: 'bulletins', townships: ['东塘镇', '河口镇'], date: '2026-01-31' },
    ];
    const table = new SearchTable(encodeSearchTable(entries, { note: 'x' }));
    expect(table.n).toBe(3);
    expect(table.extra).toEqual({ note: 'x' });
    for (const e of entries) {
      const i = table.indexOf(e.hash);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(table.kind(i)).toBe(e.type);
      expect(table.townshipIndexes(i).map((t) => table.townships[t])).toEqual(e.townships);
      expect(table.date(i)).toBe(e.date);
      expect(table.year(i)).toBe(e.date.slice(0, 4));
      // Documents are stored under the key; it names the page uniquely.
      expect(e.hash.startsWith(table.key(i))).toBe(true);
    }
    // Two hashes sharing their first four digits keep the rest to tell them apart.
    expect(table.key(table.indexOf('1a2b3c4'))).toBe('1a2b3c4');
    expect(table.indexOf('0000000')).toBe(-1);
  });

  it('stays small: about three bytes a page before gzip for 10,000 pages', () => {
    const entries: TableEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      hash: hex(i),
      type: i % 20 === 0 ? 'people' : 'news',
      townships: [`镇${i % 20}`],
      date: i % 20 === 0 ? '' : new Date(Date.UTC(2016, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10),
    }));
    const bytes = encodeSearchTable(entries);
    expect(bytes.length).toBeLessThan(10_000 * 6);
    const table = new SearchTable(bytes);
    for (const i of [0, 1, 777, 9999]) {
      const t = table.indexOf(entries[i]!.hash);
      expect(table.date(t)).toBe(entries[i]!.date);
    }
  });

  it('refuses a date it cannot store', () => {
    expect(() => encodeSearchTable([{ hash: 'abcdef0', type: 'news', townships: [], date: '1999-12-31' }])).toThrow(/日期/);
  });
});
