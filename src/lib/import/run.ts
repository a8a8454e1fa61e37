// Running an import over a batch, and the report editors read: per file what would be (or was) written, what
// was repaired, what was dropped and what needs a human; with --write a summary table at the end.
import { DROP_LABELS } from './blocks';
import { importFile, type ImportContext, type ImportOptions, type ImportResult } from './import';
import { FileExistsError, writeNewFiles, type WriteHooks } from '../content/write';

export type ImportStatus = 'preview' | 'written' | 'draft' | 'refused' | 'failed';

export interface RunItem extends ImportResult {
  status: ImportStatus;
}

export interface RunOptions {
  write: boolean;
  hooks?: WriteHooks | undefined;
  /** Called before each file of a batch: (1-based index, total, file). */
  onProgress?: ((index: number, total: number, file: string) => void) | undefined;
  /** Called after each file with its result. */
  onResult?: ((item: RunItem, index: number, total: number) => void) | undefined;
}

export async function runImport(files: string[], options: ImportOptions, ctx: ImportContext, run: RunOptions): Promise<RunItem[]> {
  const items: RunItem[] = [];
  for (const [i, file] of files.entries()) {
    run.onProgress?.(i + 1, files.length, file);
    const result = await importFile(file, options, ctx);
    let item: RunItem;
    if (result.error || !result.plan) item = { ...result, status: 'refused' };
    else if (!run.write) item = { ...result, status: 'preview' };
    else {
      try {
        writeNewFiles(result.plan.files, run.hooks);
        item = { ...result, status: isDraft(result) ? 'draft' : 'written' };
      } catch (error) {
        const message = error instanceof FileExistsError ? error.message : `写入失败，已撤回这篇的全部文件：${(error as Error).message}`;
        item = { ...result, status: 'failed', error: message };
      }
    }
    items.push(item);
    run.onResult?.(item, i + 1, files.length);
  }
  return items;
}

/** Whether the planned entry is a draft (every import is, unless --publish and nothing to check). */
export function isDraft(result: ImportResult): boolean {
  return !!result.plan && /^draft: true$/m.test(result.plan.markdown);
}

/** Columns of CJK text line up only when wide characters count as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch)
      ? 2
      : 1;
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const STATUS_LABELS: Record<ImportStatus, string> = {
  preview: '预览',
  written: '已写入',
  draft: '已写入（草稿）',
  refused: '未写入',
  failed: '写入失败',
};

/** The report for one file. */
export function formatItem(item: RunItem): string {
  const r = item.record;
  const lines: string[] = [];
  const target = item.plan ? item.plan.file : '（不写入）';
  const verb = item.status === 'preview' ? '将写入' : item.status === 'written' || item.status === 'draft' ? '已写入' : '未写入';
  lines.push(`${r.source}`);
  lines.push(`  ${verb}  ${target}${item.status === 'preview' && isDraft(item) ? '（草稿）' : ''}`);
  if (item.error) lines.push(`  ✗ ${item.error}`);
  if (item.plan) {
    // What the entry's frontmatter will be, review notes aside (they are listed below).
    const head = item.plan.markdown.slice(4, item.plan.markdown.indexOf('\n---\n', 4)).split('\n');
    const notesAt = head.findIndex((l) => l.startsWith('reviewNotes:'));
    const shown = notesAt >= 0 ? head.slice(0, notesAt) : head;
    lines.push('  头信息：', ...shown.map((l) => `    ${truncate(l, 110)}`));
  } else lines.push(`  标题    ${r.title ?? '（无）'}`);
  const facts = [
    `日期 ${r.date ?? '（无）'}`,
    `乡镇 ${r.township ?? '（无）'}${item.village ? ` · ${item.village}` : ''}`,
    r.author ? `通讯员 ${r.author}` : '',
    item.sourceField ? `来源 ${item.sourceField}` : '',
  ].filter(Boolean);
  if (!item.plan) lines.push(`  ${facts.join('    ')}`);
  if (item.images.length)
    lines.push(`  图片    ${item.images.map((i) => `${i.file.split('/').pop()}（${i.width}×${i.height}）`).join('、')}`);
  if (item.flags.length) {
    lines.push(`  需要人工核对（已写进 reviewNotes，稿件为草稿）：`);
    for (const f of item.flags) lines.push(`    ! ${f}`);
  }
  const other = r.warnings.filter((w) => !item.flags.includes(w));
  if (other.length) {
    lines.push('  提示：');
    for (const w of other) lines.push(`    · ${w}`);
  }
  if (item.fixes.length) {
    lines.push('  已修正：');
    for (const f of item.fixes) lines.push(`    · ${f}`);
  }
  if (item.droppedDetail.length) {
    lines.push(`  已去掉 ${item.droppedDetail.length} 处（原文件不变，以下逐条列出）：`);
    for (const d of item.droppedDetail) lines.push(`    - [${DROP_LABELS[d.reason]}] ${truncate(d.text.replace(/\s+/g, ' '), 110)}`);
  }
  const chars = r.body.replace(/\s/g, '').length;
  const preview = r.body
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, 3);
  lines.push(`  正文    ${chars} 字${preview.length ? '，开头：' : ''}`);
  for (const l of preview) lines.push(`    ${truncate(l, 100)}`);
  return lines.join('\n');
}

/** The table printed after a batch. */
export function formatSummary(items: RunItem[]): string {
  const rows = items.map((item) => [
    STATUS_LABELS[item.status],
    item.plan?.file ?? item.record.source,
    truncate(item.record.title ?? '', 28),
    item.error ? truncate(item.error, 40) : item.flags.length ? `${item.flags.length} 条待核对` : '',
  ]);
  const header = ['状态', '文件', '标题', '备注'];
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : padEnd(cell, widths[c]!)))
      .join('  ')
      .trimEnd();
  const count = (s: ImportStatus) => items.filter((i) => i.status === s).length;
  const totals = [
    count('written') && `写入 ${count('written')} 篇`,
    count('draft') && `草稿 ${count('draft')} 篇（编辑看过后删去 draft: true 即发布）`,
    count('refused') && `未写入 ${count('refused')} 篇`,
    count('failed') && `失败 ${count('failed')} 篇`,
    count('preview') && `预览 ${count('preview')} 篇`,
  ].filter(Boolean);
  return [
    line(header),
    line(widths.map((w) => '─'.repeat(w))),
    ...rows.map(line),
    '',
    `合计 ${items.length} 个文件：${totals.join('，')}`,
  ].join('\n');
}
