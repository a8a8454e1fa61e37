// Drafts the next issue of 《关工动态》 from the month's published items.
//
//   npm run bulletin -- 2026-11 [--date 2026-11-28] [--editor 王晓梅] [--dry-run] [--root .]
//
// Writes content/bulletins/2026-11.md with draft: true; never replaces an existing issue.
// The work is in src/lib/bulletin/draft.ts and src/lib/bulletin/assemble.ts.
import { draftBulletin, type DraftResult } from '../src/lib/bulletin/draft';
import { formatChineseDate } from '../src/lib/dates';
import { runCommand, parseCommandArgs } from './lib/command';

const USAGE = `用法：npm run bulletin -- <年-月> [--date 出刊日期] [--editor 责任编辑] [--dry-run]
  例如：npm run bulletin -- 2026-11
  <年-月>       要起草的那一期所属的月份，写成 YYYY-MM
  --date        出刊日期 YYYY-MM-DD，不写则为当月最后一天
  --editor      责任编辑，不写则沿用上一期
  --dry-run     只显示会怎么编，不写文件
  --root        项目目录（content/ 所在处），默认当前目录`;

function main(argv: string[]): number {
  const { values, positionals } = parseCommandArgs(argv, {
    options: { date: { type: 'string' }, editor: { type: 'string' }, root: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    positionals: { min: 1, max: 1, missing: '请写上要起草的月份' },
  });
  const month = positionals[0]!;

  console.log(`起草《关工动态》${month} …`);
  console.log('  读取 content/ 里的稿件、五老典型和往期');
  let result: DraftResult;
  try {
    result = draftBulletin({ month, date: values.date, editor: values.editor, dryRun: values['dry-run'] ?? false, root: values.root });
  } catch (error) {
    console.error(`\n出错了：${(error as Error).message}`);
    return 1;
  }
  if (result.counts) {
    console.log(`  找到新闻 ${result.counts.news} 篇、活动纪实 ${result.counts.stories} 篇、往期 ${result.counts.issues} 期`);
  }

  if (!result.ok) {
    const { error } = result;
    console.error(`\n没有起草：${error.message}\n  ${error.hint}`);
    for (const l of error.leftOut ?? []) console.error(`  - ${l.item.file}「${l.item.title}」：${l.detail}`);
    return 1;
  }

  const { plan } = result;
  const count = plan.sections.reduce((n, s) => n + s.items.length, 0);
  console.log(
    `  期号：${plan.title}${plan.runningNumber ? `（总第${plan.runningNumber}期）` : ''}，出刊日期 ${formatChineseDate(plan.date)}，责任编辑 ${plan.editor}`,
  );
  console.log(`\n本期目录（${count} 篇，按日期排列）：`);
  for (const s of plan.sections) {
    console.log(`  【${s.section}】`);
    for (const item of s.items) console.log(`    ${item.date}  ${item.title}  (${item.collection}/${item.id})`);
  }
  if (plan.leftOut.length) {
    console.log(`\n本月没有收入的稿件（${plan.leftOut.length} 篇）：`);
    for (const l of plan.leftOut) console.log(`  - ${l.item.date}  ${l.item.title}  (${l.item.collection}/${l.item.id})：${l.detail}`);
  } else {
    console.log('\n本月已发布的稿件全部收入。');
  }
  if (plan.uncarriedEarlier.length) {
    console.log(`\n上个月还有 ${plan.uncarriedEarlier.length} 篇没有刊登过（需要时手工加入）：`);
    for (const item of plan.uncarriedEarlier) console.log(`  - ${item.date}  ${item.title}  (${item.collection}/${item.id})`);
  }
  if (plan.warnings.length) {
    console.warn(`\n请注意（${plan.warnings.length} 条）：`);
    for (const w of plan.warnings) console.warn(`  ⚠ ${w}`);
  }

  if (!result.written) {
    console.log(`\n试运行（--dry-run）：没有写文件。去掉 --dry-run 会写入 ${result.file}。`);
    return 0;
  }
  console.log(`\n已写入 ${result.file}（草稿，draft: true）。下一步：`);
  console.log('  1. 打开这个文件，调整栏目和稿件顺序，改写编者按');
  console.log('  2. npm run dev 预览，或删去 draft: true 后 npm run build');
  console.log('  3. npm run pdf -- ' + plan.month + ' 生成 PDF（dist/bulletins/' + plan.month + '.pdf）');
  return 0;
}

void runCommand(USAGE, main);
