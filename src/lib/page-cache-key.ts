// Keys for Astro's incremental build (experimental.incrementalBuild): a page whose key and code are unchanged
// since the last build into the same folder is copied, not rendered again. The key must cover every piece of
// data the page shows; the routes that use it pass the page exactly the data they key.
import { createHash } from 'node:crypto';

/** JSON with Maps and Sets as arrays (JSON.stringify writes them as {}), so that their contents count. */
function plain(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/** A short hash of everything a page is made from. */
export function pageCacheKey(...parts: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(parts, plain) ?? '')
    .digest('hex')
    .slice(0, 24);
}
