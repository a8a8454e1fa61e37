// npm run check [-- --json] [--root DIR]
// Validates all of content/ without building the site. Exit code 1 when there are errors, 0 with warnings only.
import { parseArgs } from 'node:util';
import { checkContent, formatReport, reportJson } from '../src/lib/check/check';

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: 'boolean', default: false },
        root: { type: 'string', default: process.cwd() },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n用法：npm run check [-- --json] [--root DIR]`);
    return 2;
  }
  if (values.help) {
    console.log('用法：npm run check [-- --json] [--root DIR]\n检查 content/ 里的全部稿件；有错误时退出码为 1，只有警告时为 0。');
    return 0;
  }
  const report = checkContent({ root: values.root, today: values.today });
  console.log(values.json ? reportJson(report) : formatReport(report));
  return report.errors ? 1 : 0;
}

process.exitCode = main();
