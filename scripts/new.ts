// npm run new -- <news|person|story|bulletin> [--title … --township … --date … --village … --author …]
//   person: [--name … --category … --active-since …]   bulletin: [--month YYYY-MM --editor …]
// Creates a new entry with its frontmatter filled in, as a draft, never overwriting. On a terminal it asks for
// missing required values; without one (scripts, CI) it names the flags to add.
import { createInterface } from 'node:readline/promises';
import { loadScaffoldContext, NEW_TYPES, planScaffold, type NewOptions, type NewType } from '../src/lib/scaffold/scaffold';
import { FileExistsError, writeNewFile } from '../src/lib/content/write';
import { EXIT, parseCommandArgs, runCommand, UsageError } from './lib/command';

const USAGE = `用法：npm run new -- <news|person|story|bulletin> [选项]
  news、story：--title 标题 --township 乡镇id [--date YYYY-MM-DD --village 村id --author 通讯员]
  person：     --name 姓名 --township 乡镇id --category 五老类别 --active-since 年份 [--village 村id]
  bulletin：   [--month YYYY-MM --date YYYY-MM-DD --editor 责任编辑]（与 npm run bulletin 起草的相同）
  共用：       [--slug 文件名（bulletin 除外）] [--root 网站文件夹]`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    options: {
      title: { type: 'string' },
      name: { type: 'string' },
      township: { type: 'string' },
      village: { type: 'string' },
      date: { type: 'string' },
      author: { type: 'string' },
      category: { type: 'string' },
      'active-since': { type: 'string' },
      month: { type: 'string' },
      editor: { type: 'string' },
      slug: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
    },
    positionals: { min: 1, max: 1, missing: `请写上要新建的类型：${NEW_TYPES.join('、')}` },
  });
  const type = positionals[0]!;
  if (!(NEW_TYPES as readonly string[]).includes(type)) throw new UsageError(`不认识的类型 "${type}"，只能是 ${NEW_TYPES.join('、')}`);
  let options: NewOptions = {
    type: type as NewType,
    title: values.title,
    name: values.name,
    township: values.township,
    village: values.village,
    date: values.date,
    author: values.author,
    category: values.category,
    activeSince: values['active-since'],
    month: values.month,
    editor: values.editor,
    slug: values.slug,
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
      return EXIT.problems;
    } finally {
      rl.close();
    }
    plan = planScaffold(options, ctx);
  }
  if (!plan.ok) {
    const missing = plan.missing.length ? [`缺少必填项：${plan.missing.map((m) => `${m.flag}（${m.question}）`).join('；')}`] : [];
    throw new UsageError([...plan.errors, ...missing].join('\n'));
  }
  try {
    writeNewFile(plan.path, plan.text);
  } catch (error) {
    console.error(error instanceof FileExistsError ? error.message : `写入失败：${(error as Error).message}`);
    return EXIT.problems;
  }
  console.log(`已创建 ${plan.file}`);
  for (const n of plan.notes) console.log(`  · ${n}`);
  return EXIT.ok;
}

void runCommand(USAGE, main);
