// Reading the editors' YAML registries from disk (Node only: config, scripts, content config).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildPlaceRegistry, type PlaceRegistry } from './places';
import { parseSiteConfig, type SiteConfig } from './site-config';

export const CONTENT_DIR = 'content';

function readYaml(root: string, name: string): unknown {
  const file = join(root, CONTENT_DIR, name);
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${CONTENT_DIR}/${name}: 无法读取或 YAML 格式有误：${(error as Error).message}`);
  }
}

export function readSiteConfig(root = process.cwd()): SiteConfig {
  return parseSiteConfig(readYaml(root, 'site.yaml'), `${CONTENT_DIR}/site.yaml`);
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
