// Reads entries straight from content/ without Astro, for checks that run before (or without) a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parse } from 'yaml';
import { contentPath } from './content-files';

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

/** Every .md/.mdx file of a collection, sorted, as absolute paths. */
export function collectionFiles(root: string, collection: CollectionName): string[] {
  return walk(contentPath(root, collection)).sort();
}

/** An entry file read without throwing: a YAML error is returned with its line in the file, not raised. */
export interface RawEntry {
  collection: CollectionName;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  source: string;
  /** The YAML between the --- lines ('' when there is none); it starts on line 2 of the file. */
  frontmatter: string;
  hasFrontmatter: boolean;
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
  yamlError?: { message: string; line: number } | undefined;
}

export function readRawEntry(root: string, collection: CollectionName, path: string): RawEntry {
  const source = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const file = relative(root, path).split('\\').join('/');
  const match = FRONTMATTER.exec(source);
  if (!match) return { collection, file, source, frontmatter: '', hasFrontmatter: false, data: {}, body: source, bodyLine: 1 };
  const frontmatter = match[1]!;
  const body = source.slice(match[0].length);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  try {
    // js-yaml: what Astro itself reads frontmatter with, and many times faster than a document parser.
    const data = loadYaml(frontmatter) as unknown;
    return {
      collection, file, source, frontmatter, hasFrontmatter: true, body, bodyLine,
      data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number }; reason?: string }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0]!;
    return {
      collection, file, source, frontmatter, hasFrontmatter: true, body, bodyLine, data: {},
      // js-yaml counts lines from 0; the frontmatter starts on line 2 of the file.
      yamlError: { message: reason, line: (mark?.line ?? 0) + 2 },
    };
  }
}

export function scanContent(root = process.cwd()): ScannedEntry[] {
  return COLLECTIONS.flatMap((collection) =>
    walk(contentPath(root, collection))
      .sort()
      .map((path) => ({ collection, file: relative(root, path).split('\\').join('/'), ...splitFrontmatterLeniently(readFileSync(path, 'utf8')) })),
  );
}

/**
 * Like splitFrontmatter, but a YAML error gives empty data instead of an exception: whoever scans the whole
 * site (the config, the bulletin tools) keeps going, and the content check reports the error with its line.
 */
function splitFrontmatterLeniently(source: string): { data: Record<string, unknown>; body: string } {
  try {
    return splitFrontmatter(source);
  } catch {
    const match = FRONTMATTER.exec(source.replace(/^\uFEFF/, ''));
    return { data: {}, body: match ? source.replace(/^\uFEFF/, '').slice(match[0].length) : source };
  }
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
