// npm run bench:import [-- --dir FOLDER] [--tuned | --holdout]
// Scores the importer on the submission corpus (tests/fixtures/submissions) and prints a table.
// Exit 0 when the targets hold (every field ≥ 95%, kept-sentence recall 100%, junk left ≤ 1%), 1 otherwise.
import { parseCommandArgs, runCommand, UsageError } from './lib/command';
import { formatBench, loadCorpus, scoreResult, summarise } from '../src/lib/import/bench';
import { importFile, loadImportContext } from '../src/lib/import/import';

const USAGE = `用法：npm run bench:import [-- --dir 文件夹] [--tuned | --holdout]
  给导入工具打分：每篇稿件的标题、日期、通讯员、乡镇是否正确，应保留的句子保留了多少，该去掉的杂项剩下多少。
  --tuned 只算调试时用过的稿件，--holdout 只算留作检验的稿件。达标退出码 0，未达标 1。`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    options: {
      dir: { type: 'string', default: 'tests/fixtures/submissions' },
      tuned: { type: 'boolean', default: false },
      holdout: { type: 'boolean', default: false },
    },
  });
  const corpus = loadCorpus(values.dir).filter((c) => (values.tuned ? !c.expected.holdout : values.holdout ? c.expected.holdout : true));
  if (!corpus.length) throw new UsageError(`${values.dir} 里没有带 .expect.json 的稿件`);
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

await runCommand(USAGE, main);
