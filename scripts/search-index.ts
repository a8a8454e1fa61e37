// The search index of a built site on its own (npm run build makes it after astro build), e.g. to index
// again without building. The work is in src/lib/search/indexer.ts.
//
//   npx tsx scripts/search-index.ts [siteDir=dist]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../src/lib/search/indexer';
import { EXIT, parseCommandArgs, runCommand } from './lib/command';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `用法：npx tsx scripts/search-index.ts [网站目录]
  为构建好的网站建立搜索索引（npm run build 的最后一步）。
  [网站目录]   astro build 写出的目录，默认 OUT_DIR 或 dist`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseCommandArgs(argv, { options: {}, positionals: { max: 1 } });
  // The same folder astro build wrote: OUT_DIR (as in astro.config.mjs, relative to the project root) or dist.
  const siteDir = positionals[0] ?? resolve(ROOT, process.env.OUT_DIR || 'dist');
  if (!existsSync(join(siteDir, 'index.html'))) {
    console.error(`找不到 ${siteDir}/index.html：请先运行 astro build`);
    return EXIT.problems;
  }
  await buildSearchIndex({ siteDir, log: (l) => console.log(l) });
  return EXIT.ok;
}

void runCommand(USAGE, main);
