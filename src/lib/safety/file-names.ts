// File names become web addresses. Characters that mean something in a URL (# ? % &), spaces, quotes and
// control characters break the page or make Astro skip the entry without a word; they are errors, named.
import { relative, resolve } from 'node:path';
import { collectionFiles } from '../content/scan';
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';

/** What the rule allows, as editors read it. */
export const FILE_NAME_ALLOWED =
  '文件名和文件夹名只能用字母、数字、汉字、连字符 - 、下划线 _ 、点 . 和空格（空格在网址里成了 %20，最好也不用），例如 2025-11-03-dongtang-fangnishui.md';

const ALLOWED_CHAR = /[\p{L}\p{N}\p{M}._ -]/u;

/** Why a path segment (file or folder name) is not allowed, or undefined when it is fine. */
export function fileNameProblem(segment: string): string | undefined {
  const bad = [...new Set([...segment].filter((c) => !ALLOWED_CHAR.test(c)))];
  if (!bad.length && !segment.startsWith('.')) return undefined;
  const shown = bad.map((c) =>
    /[\p{Cc}\p{Cf}\s]/u.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `“${c}”`,
  );
  if (!bad.length) return `“${segment}”以点开头，会被当作隐藏文件跳过`;
  return `“${[...segment].map((c) => (/[\p{Cc}\p{Cf}]/u.test(c) ? '�' : c)).join('')}”含有不允许的字符 ${shown.join(' ')}`;
}

/** Problems with the folders and file name of a content file, relative to its collection folder. */
export function pathProblems(relativePath: string): string[] {
  return relativePath
    .split(/[\\/]/)
    .map(fileNameProblem)
    .filter((p): p is string => p !== undefined);
}

export class SkippedEntriesError extends Error {
  constructor(readonly files: string[]) {
    super(
      `有 ${files.length} 篇稿件没有被读进网站（多半是文件名里有 # ? % 等字符）：\n` +
        files.map((f) => `  ${f}`).join('\n') +
        `\n${FILE_NAME_ALLOWED}。运行 npm run check 查看详情。`,
    );
    this.name = 'SkippedEntriesError';
  }
}

/** Every .md/.mdx file on disk must be an entry: a file Astro's loader dropped is an error, never a silent loss. */
export function assertNothingSkipped(loaded: Record<ContentKind, { filePath?: string | undefined }[]>, root = process.cwd()): void {
  const missing: string[] = [];
  for (const collection of CONTENT_KINDS) {
    const seen = new Set(loaded[collection].map((e) => (e.filePath ? resolve(root, e.filePath) : '')));
    for (const file of collectionFiles(root, collection)) if (!seen.has(file)) missing.push(relative(root, file).split('\\').join('/'));
  }
  if (missing.length) throw new SkippedEntriesError(missing);
}
