// Reads entries straight from content/ without Astro, for checks that run before (or without) a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFrontmatter, type SplitEntry } from './frontmatter';
import { contentPath } from './files';
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';

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
