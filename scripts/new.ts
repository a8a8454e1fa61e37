// npm run new -- <news|person|story|bulletin> [--title … --township … --date … --village … --author …]
//   person: [--name … --category … --active-since …]   bulletin: [--month YYYY-MM --editor …]
// Creates a new entry with its frontmatter filled in, as a draft, never overwriting. On a terminal it asks for
// missing required values; without one (scripts, CI) it names the flags to add.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadScaffoldContext, NEW_TYPES, planScaffold, type NewOptions, type NewType } from '../src/lib/scaffold/scaffold';
import { FileExistsError, writeNewFile } from '../src/lib/content/write';

const USAGE = `用法：npm run new -- <news|person|story|bulletin> [选项]
  news、story：--title 标题 --township 乡镇id [--date YYYY-MM-DD --village 村id --author 通讯员]
  person：     --name 姓名 --township 乡镇id --category 五老类别 --active-since 年份 [--village 村id]
  bulletin：   [--month YYYY-MM --date YYYY-MM-DD --editor 责任编辑]（与 npm run bulletin 起草的相同）
  共用：       [--slug 文件名（bulletin 除外）] [--root 网站文件夹]`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' }, name: { type: 'string' }, township: { type: 'string' }, village: { type: 'string' },
        date: { type: 'string' }, author: { type: 'string' }, category: { type: 'string' }, 'active-since': { type: 'string' },
        month: { type: 'string' }, editor: { type: 'string' }, slug: { type: 'string' },
        root: { type: 'string', default: process.cwd() }, help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const type = positionals[0];
  if (values.help || !type) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (!(NEW_TYPES as readonly string[]).includes(type)) {
    console.error(`不认识的类型 "${type}"，只能是 ${NEW_TYPES.join('、')}\n\n${USAGE}`);
    return 2;
  }
  let options: NewOptions = {
    type: type as NewType, title: values.title, name: values.name, township: values.township, village: values.village,
    date: values.date, author: values.author, category: values.category, activeSince: values['active-since'],
    month: values.month, editor: values.editor, slug: values.slug,
  };
  const ctx = loadScaffoldContext(values.root);
  let plan = planScaffold(options, ctx);
  // Ask on a terminal, once per missing value; otherwise say which flags are needed.
  if (!plan.ok && !plan.errors.length && plan.missing.length && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      for (const m of plan.missing) {
        let answer = '';
        while (!answer) {
          answer = (await rl.question(`${m.question}：`)).trim();
          if (answer && m.choices && !m.choices.includes(answer)) {
            console.log(`  只能是：${m.choices.join('、')}`);
            answer = '';
          }
        }
        options = { ...options, [m.key]: answer };
      }
    } catch (error) {
      if ((error as { code?: string }).code !== 'ABORT_ERR') throw error;
      console.error('\n已取消，没有创建文件。');
      return 1;
    } finally {
      rl.close();
    }
    plan = planScaffold(options, ctx);
  }
  if (!plan.ok) {
    for (const e of plan.errors) console.error(e);
    if (plan.missing.length) console.error(`缺少必填项：${plan.missing.map((m) => `${m.flag}（${m.question}）`).join('；')}`);
    return 2;
  }
  try {
    writeNewFile(plan.path, plan.text);
  } catch (error) {
    console.error(error instanceof FileExistsError ? error.message : `写入失败：${(error as Error).message}`);
    return 1;
  }
  console.log(`已创建 ${plan.file}`);
  for (const n of plan.notes) console.log(`  · ${n}`);
  return 0;
}

process.exitCode = await main();
