// The search index of a built site on its own (npm run build makes it after astro build), e.g. to index
// again without building. The work is in src/lib/search/indexer.ts.
//
//   npx tsx scripts/search-index.ts [siteDir=dist]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search/indexer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The same folder astro build wrote: OUT_DIR (as in astro.config.mjs, relative to the project root) or dist.
const siteDir = process.argv[2] ?? resolve(ROOT, process.env.OUT_DIR || 'dist');
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`找不到 ${siteDir}/index.html：请先运行 astro build`);
  process.exit(1);
}
buildSearchIndex({ siteDir, log: (l) => console.log(l) }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
