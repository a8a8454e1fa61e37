// Reads entries straight from content/ without Astro, for checks that run before (or without) a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { splitFrontmatter, type SplitEntry } from './content/frontmatter';
import { contentPath } from './content-files';
import { CONTENT_KINDS, type ContentKind } from './content-kinds';


export interface ScannedEntry {
  collection: ContentKind;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : /\.(md|mdx)$/i.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Every .md/.mdx file of a collection, sorted, as absolute paths. */
export function collectionFiles(root: string, collection: ContentKind): string[] {
  return walk(contentPath(root, collection)).sort();
}

/** An entry file read without throwing: a YAML error is returned with its line in the file, not raised. */
export interface RawEntry extends SplitEntry {
  collection: ContentKind;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  source: string;
}

export function readRawEntry(root: string, collection: ContentKind, path: string): RawEntry {
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const file = relative(root, path).split('\\').join('/');
  return { collection, file, source, ...splitFrontmatter(source, { lenient: true }) };
}

/** Data and body only; broken YAML gives empty data (the content check reports it with its line). */
function leniently(source: string): { data: Record<string, unknown>; body: string } {
  const { data, body } = splitFrontmatter(source, { lenient: true });
  return { data, body };
}

export function scanContent(root = process.cwd()): ScannedEntry[] {
  return CONTENT_KINDS.flatMap((collection) =>
    walk(contentPath(root, collection))
      .sort()
      .map((path) => ({ collection, file: relative(root, path).split('\\').join('/'), ...leniently(readFileSync(path, 'utf8')) })),
  );
}

/** Every image an entry's frontmatter points at, with the field it came from. */
export function imageReferences(entry: ScannedEntry): { field: string; path: string }[] {
  const refs: { field: string; path: string }[] = [];
  const add = (field: string, value: unknown) => {
    if (typeof value === 'string' && value.trim()) refs.push({ field, path: value.trim() });
  };
  add('cover', entry.data.cover);
  add('portrait', entry.data.portrait);
  if (Array.isArray(entry.data.gallery)) {
    entry.data.gallery.forEach((item, i) => add(`gallery[${i}].image`, (item as { image?: unknown } | null)?.image));
  }
  return refs;
}

export interface MissingImage {
  file: string;
  field: string;
  value: string;
}

export function findMissingImages(root = process.cwd(), entries = scanContent(root)): MissingImage[] {
  return entries.flatMap((entry) =>
    imageReferences(entry)
      .filter((ref) => !existsSync(resolve(root, dirname(entry.file), ref.path)))
      .map((ref) => ({ file: entry.file, field: ref.field, value: ref.path })),
  );
}

export function formatMissingImages(missing: MissingImage[]): string {
  return (
    `找不到 ${missing.length} 张图片（路径相对于稿件所在文件夹）：\n` +
    missing.map((m) => `  ${m.file}  ${m.field}  "${m.value}"  文件不存在：请把图片放到稿件旁边，或改正文件名`).join('\n')
  );
}
