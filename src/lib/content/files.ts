// Reading the editors' YAML registries from disk (Node only: config, scripts, content config).
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { parseYaml } from './frontmatter';
import { buildPlaceRegistry, type PlaceRegistry } from '../places';
import { parseSiteConfig, type SiteConfig } from '../site-settings';

/**
 * The content folder: `content`, or another folder named by the CONTENT_DIR environment variable
 * (absolute, or relative to the project root), e.g. the benchmark's generated county.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'content';

/** A path inside the content folder of the project at `root`: contentPath(root, 'news') */
export function contentPath(root: string, ...parts: string[]): string {
  return resolve(root, CONTENT_DIR, ...parts);
}

/**
 * Astro's cache folder for the content folder `contentDir` (default: the project's content/). Another content
 * folder (tests, benchmarks) gets its own: the content layer's store knows entries by id and digest, not by
 * folder, and would hand one site's image paths to another.
 */
export function astroCacheDir(root: string, contentDir = CONTENT_DIR): string {
  const dir = resolve(root, contentDir);
  if (dir === resolve(root, 'content')) return resolve(root, 'node_modules/.astro');
  return resolve(root, 'node_modules/.astro/sites', createHash('sha256').update(dir).digest('hex').slice(0, 12));
}

function readYaml(root: string, name: string): unknown {
  const file = contentPath(root, name);
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${CONTENT_DIR}/${name}: 无法读取或 YAML 格式有误：${(error as Error).message}`, { cause: error });
  }
}

export function readSiteConfig(root = process.cwd()): SiteConfig {
  return parseSiteConfig(readYaml(root, 'site.yaml'), `${CONTENT_DIR}/site.yaml`);
}

/**
 * The file of a small image named in site.yaml (the 公众号 QR code), inside the content folder. A missing file
 * is an error naming the field and the path looked at.
 */
export function siteImagePath(root: string, file: string, field: string): string {
  const path = contentPath(root, file);
  if (file.split(/[\\/]/).includes('..') || !path.startsWith(contentPath(root))) {
    throw new Error(`${CONTENT_DIR}/site.yaml: ${field}: "${file}" 不在 ${CONTENT_DIR}/ 里：图片要放在 ${CONTENT_DIR}/ 文件夹中`);
  }
  if (!existsSync(path)) throw new Error(`${CONTENT_DIR}/site.yaml: ${field}: 找不到图片 "${file}"（应放在 ${CONTENT_DIR}/${file}）`);
  return path;
}

export function readPlaceRegistry(root = process.cwd()): PlaceRegistry {
  return buildPlaceRegistry(readYaml(root, 'townships.yaml'), `${CONTENT_DIR}/townships.yaml`);
}

/**
 * An entry's id (and URL slug) from its path: the file name without extension,
 * or the folder name for a folder-per-entry `…/slug/index.md`.
 */
export function entryIdFromPath(path: string): string {
  const segments = path.replace(/\\/g, '/').split('/');
  const file = segments.pop()!.replace(/\.(md|mdx)$/i, '');
  return file === 'index' && segments.length ? segments.pop()! : file;
}
