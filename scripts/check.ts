// Validates all of content/ without building the site. Exit code 1 when there are errors, 0 with warnings only.
//
//   npm run check [-- --json] [--root DIR]
//
// The rules are in src/lib/check/check.ts.
import { checkContent, formatReport, reportJson } from '../src/lib/check/check';
import { toPlainDate } from '../src/lib/dates';
import { EXIT, parseCommandArgs, runCommand, UsageError } from './lib/command';

const USAGE = `用法：npm run check [-- --json] [--root 目录]
  检查 content/ 里的全部稿件；有错误时退出码为 1，只有警告时为 0。
  --json        以 JSON 输出全部问题（给其他工具用）
  --root        项目目录（content/ 所在处），默认当前目录
  --today       把这一天当作今天（YYYY-MM-DD，检查“日期在今天之后”用）`;

function main(argv: string[]): number {
  const { values } = parseCommandArgs(argv, {
    options: { json: { type: 'boolean' }, root: { type: 'string' }, today: { type: 'string' } },
  });
  const today = values.today === undefined ? undefined : toPlainDate(values.today);
  if (today === null) throw new UsageError(`--today 要写成 YYYY-MM-DD 的日期，收到“${values.today}”`);
  const report = checkContent({ root: values.root ?? process.cwd(), today });
  console.log(values.json ? reportJson(report) : formatReport(report));
  return report.errors ? EXIT.problems : EXIT.ok;
}

void runCommand(USAGE, main);
