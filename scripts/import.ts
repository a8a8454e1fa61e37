// npm run import -- <files or folders…> [--type news|story|person] [--township ID] [--date YYYY-MM-DD]
//                   [--to-simplified] [--json] [--write] [--publish] [--fetch-images] [--no-rename] [--root DIR]
// Turns submissions (.docx, .html, .txt, .md; .doc/.wps through LibreOffice) into entries. Without --write
// nothing is written; entries are drafts unless --publish.
import { toPlainDate } from '../src/lib/dates';
import { ENTRY_TYPES, expandInputs, loadImportContext, toRecord, type EntryType } from '../src/lib/import/import';
import { formatItem, formatSummary, runImport } from '../src/lib/import/run';
import { EXIT, parseCommandArgs, runCommand, UsageError } from './lib/command';

const USAGE = `用法：npm run import -- <文件或文件夹…> [选项]
  --type news|story|person   导入为工作动态（默认）、活动纪实或五老典型
  --township ID              乡镇 id（不写则从正文里找）
  --date YYYY-MM-DD          稿件日期（不写则从正文里找）
  --to-simplified            把繁体字转为简体
  --write                    真正写入 content/（不加则只预览，什么也不写）
  --publish                  没有待核对事项的稿件直接发布（不加则一律写成草稿 draft: true，编辑看过再发布）
  --fetch-images             下载网页（公众号文章）里的图片（每张限时 20 秒、最大 15 MB）；不加则把图片地址写进待核对事项
  --no-rename                文件名已被占用时不自动改名，而是不写入
  --json                     以 JSON 输出（每个文件一个对象，含 status：written/preview/refused/failed、path、draft、reasons；
                             经 npm 运行时用 npm run -s import 免得混入 npm 的提示行）
  --root DIR                 网站所在文件夹（默认当前文件夹）`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    options: {
      type: { type: 'string', default: 'news' },
      township: { type: 'string' },
      date: { type: 'string' },
      'to-simplified': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      publish: { type: 'boolean', default: false },
      'fetch-images': { type: 'boolean', default: false },
      'no-rename': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      root: { type: 'string', default: process.cwd() },
    },
    positionals: { min: 1, max: Infinity, missing: '请写上要导入的文件或文件夹' },
  });
  if (!(ENTRY_TYPES as readonly string[]).includes(values.type)) {
    throw new UsageError(`--type 只能是 ${ENTRY_TYPES.join('、')}，收到 "${values.type}"`);
  }
  const ctx = loadImportContext(values.root);
  if (values.township && !ctx.places.byId.has(values.township)) {
    throw new UsageError(`未知的乡镇 id "${values.township}"。可用：${ctx.places.townships.map((t) => `${t.id}（${t.name}）`).join('、')}`);
  }
  if (values.date && !toPlainDate(values.date)) {
    throw new UsageError(`--date "${values.date}" 不是有效日期，应写成 YYYY-MM-DD，例如 2023-07-19`);
  }
  const { files, skipped } = expandInputs(positionals);
  for (const s of skipped) console.error(`跳过 ${s}`);
  if (!files.length) throw new UsageError('没有可导入的文件。');
  const batch = files.length > 1;
  const items = await runImport(
    files,
    {
      type: values.type as EntryType,
      township: values.township,
      date: values.date,
      toSimplified: values['to-simplified'],
      rename: !values['no-rename'],
      publish: values.publish,
      fetchImages: values['fetch-images'],
    },
    ctx,
    {
      write: values.write,
      onProgress: (i, total, file) => batch && console.error(`[${i}/${total}] ${file}`),
      onResult: (item) => {
        if (!values.json) console.log(`${formatItem(item)}\n`);
      },
    },
  );
  if (values.json)
    console.log(
      JSON.stringify(
        items.map((item) => toRecord(item, item.status)),
        null,
        2,
      ),
    );
  else if (values.write) console.log(formatSummary(items));
  else console.log(`预览：没有写入任何文件。确认无误后加 --write 写入${batch ? `（共 ${items.length} 个文件）` : ''}。`);
  return items.some((i) => i.status === 'refused' || i.status === 'failed') ? EXIT.problems : EXIT.ok;
}

void runCommand(USAGE, main);
