// Reads entries straight from content/ without Astro, for checks that run before (or without) a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_DIR } from './content-files';

export const COLLECTIONS = ['news', 'people', 'stories', 'bulletins'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface ScannedEntry {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return { data: {}, body: source };
  const data = parse(match[1]!) as unknown;
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: source.slice(match[0].length) };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : /\.(md|mdx)$/i.test(d.name) ? [join(dir, d.name)] : [],
  );
}

export function scanContent(root = process.cwd()): ScannedEntry[] {
  return COLLECTIONS.flatMap((collection) =>
    walk(join(root, CONTENT_DIR, collection))
      .sort()
      .map((path) => ({ collection, file: relative(root, path).split('\\').join('/'), ...splitFrontmatter(readFileSync(path, 'utf8')) })),
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
