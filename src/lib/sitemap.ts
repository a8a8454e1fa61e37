// lastmod for sitemap entries: each entry page's own date, read from content/ before the build.
import { entryIdFromPath } from './content/files';
import type { ScannedEntry } from './content/scan';
import { toPlainDate, type PlainDate } from './dates';
import { makePaths } from './urls';

/** Site path (without base) → the newest date the page shows. */
export function lastModifiedByPath(entries: ScannedEntry[]): Map<string, PlainDate> {
  const paths = makePaths('/');
  const result = new Map<string, PlainDate>();
  for (const entry of entries) {
    if (entry.data.draft === true) continue;
    const id = entryIdFromPath(entry.file);
    const dates = [entry.data.date, entry.data.endDate].map(toPlainDate).filter((d): d is PlainDate => !!d);
    if (!dates.length) continue;
    const date = dates.sort().at(-1)!;
    const path = paths.entry(entry.collection, id);
    result.set(path, date);
  }
  return result;
}
