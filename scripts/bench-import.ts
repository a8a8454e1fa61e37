// npm run bench:import [-- --dir FOLDER] [--tuned | --holdout]
// Scores the importer on the submission corpus (tests/fixtures/submissions) and prints a table.
// Exit 0 when the targets hold (every field ≥ 95%, kept-sentence recall 100%, junk left ≤ 1%), 1 otherwise.
import { parseArgs } from 'node:util';
import { formatBench, loadCorpus, scoreResult, summarise } from '../src/lib/import/bench';
import { importFile, loadImportContext } from '../src/lib/import/import';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        dir: { type: 'string', default: 'tests/fixtures/submissions' },
        tuned: { type: 'boolean', default: false },
        holdout: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n用法：npm run bench:import [-- --dir 文件夹] [--tuned | --holdout]`);
    return 2;
  }
  const corpus = loadCorpus(values.dir).filter((c) => (values.tuned ? !c.expected.holdout : values.holdout ? c.expected.holdout : true));
  if (!corpus.length) {
    console.error(`${values.dir} 里没有带 .expect.json 的稿件`);
    return 2;
  }
  const ctx = loadImportContext(process.cwd());
  const scores = [];
  for (const item of corpus) {
    const result = await importFile(item.path, { type: 'news', toSimplified: true }, ctx);
    scores.push(scoreResult(item.file, result, item.expected));
  }
  console.log(formatBench(scores));
  const s = summarise(scores);
  const ok = Math.min(s.title, s.date, s.author, s.township) >= 0.95 && s.recall === 1 && s.junkLeft <= s.junkTotal * 0.01;
  return ok ? 0 : 1;
}

process.exitCode = await main();
