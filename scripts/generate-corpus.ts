// Writes the benchmarks' synthetic county (scripts/lib/county/) as built HTML pages, the corpus that
// `npm run bench:search -- --corpus N` indexes and searches. Written ONLY into the folder given (emptied
// first; never the project, its content/ or dist/).
//
//   npx tsx scripts/generate-corpus.ts <输出目录> [--news 10000] [--seed N]
import { isMainModule, integerOption, parseCommandArgs, runCommand } from './lib/command';
import { COUNTY_DEFAULTS } from './lib/county/plan';
import { generateCorpus } from './lib/county/write-pages';

const USAGE = `用法：npx tsx scripts/generate-corpus.ts <输出目录> [--news N] [--seed N]
  <输出目录>   写到这里（先清空；不能是项目目录或它里面的目录）
  --news N     新闻条数（默认 10000）；五老、活动纪实和每月一期《关工动态》与 npm run bench -- --items N 生成的县相同
  --seed N     随机种子（默认 ${COUNTY_DEFAULTS.seed}，同一种子生成同一个县）`;

function main(argv: string[]): number {
  const { values, positionals } = parseCommandArgs(argv, {
    options: { news: { type: 'string' }, seed: { type: 'string' } },
    positionals: { min: 1, max: 1, missing: '请写上输出目录' },
  });
  const count = integerOption('--news', values.news, 10_000, 1);
  const seed = integerOption('--seed', values.seed, COUNTY_DEFAULTS.seed);
  const started = performance.now();
  const pages = generateCorpus({ outDir: positionals[0]!, count, seed });
  console.log(`已生成 ${pages.length} 页到 ${positionals[0]}（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  return 0;
}

if (isMainModule(import.meta.url)) void runCommand(USAGE, main);
