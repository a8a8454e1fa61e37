// The folders the desk works on, and links into the CMS.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_DIR, entryIdFromPath } from '../content/files';
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';

export interface DeskOptions {
  /** The project (package.json, scripts): where `npm run build` and `npm run pdf` run. */
  projectRoot: string;
  /** The content folder the editors work on (default: projectRoot/content, or $CONTENT_DIR). */
  contentDir?: string | undefined;
  /** Where the build writes the site (default: $OUT_DIR or projectRoot/dist). */
  outDir?: string | undefined;
  /** Largest upload accepted, in bytes. */
  maxUploadBytes?: number | undefined;
}

export interface DeskPaths {
  projectRoot: string;
  contentDir: string;
  outDir: string;
  /**
   * The folder src/lib functions take as their root: they find content at root/$CONTENT_DIR (content-files.ts),
   * so for a content folder elsewhere this is the folder that holds it.
   */
  siteRoot: string;
}

export function deskPaths(options: DeskOptions): DeskPaths {
  const projectRoot = resolve(options.projectRoot);
  const contentDir = resolve(projectRoot, options.contentDir ?? CONTENT_DIR);
  const outDir = resolve(projectRoot, options.outDir ?? (process.env.OUT_DIR || 'dist'));
  return { projectRoot, contentDir, outDir, siteRoot: siteRootOf(contentDir) };
}

/** The folder R with resolve(R, CONTENT_DIR) === contentDir. */
export function siteRootOf(contentDir: string, contentDirSetting = CONTENT_DIR): string {
  if (isAbsolute(contentDirSetting)) {
    if (resolve(contentDirSetting) !== contentDir) {
      throw new Error(`编辑台的内容文件夹 ${contentDir} 与环境变量 CONTENT_DIR=${contentDirSetting} 不一致：请只用其中一个指定内容文件夹`);
    }
    return contentDir;
  }
  const tail = resolve('/', contentDirSetting).slice(1).split(sep).filter(Boolean);
  const parts = contentDir.split(sep);
  if (tail.length > parts.length || tail.some((segment, i) => parts[parts.length - tail.length + i] !== segment)) {
    throw new Error(
      `编辑台的内容文件夹 ${contentDir} 的名字不是 ${contentDirSetting}：请把文件夹命名为 ${contentDirSetting}，或用 CONTENT_DIR 指定它`,
    );
  }
  return parts.slice(0, parts.length - tail.length).join(sep) || sep;
}

/** The collection and the CMS's entry path of a content file (relative to the site root or absolute). */
export function entryOfFile(paths: DeskPaths, file: string): { collection: ContentKind; subPath: string; id: string } | null {
  const rel = relative(paths.contentDir, resolve(paths.siteRoot, file)).split(sep).join('/');
  const [collection, ...rest] = rel.split('/');
  if (!collection || !(CONTENT_KINDS as readonly string[]).includes(collection) || !rest.length || !/\.mdx?$/i.test(rel)) return null;
  const inside = rest.join('/');
  return { collection: collection as ContentKind, subPath: inside.replace(/\.mdx?$/i, ''), id: entryIdFromPath(inside) };
}

/**
 * The address of an entry in Sveltia CMS: #/collections/<collection>/entries/<path in the collection folder,
 * without extension> (news/2025/x.md → 2025/x, stories/x/index.md → x/index), each segment URL-encoded.
 */
export function cmsEntryHref(paths: DeskPaths, file: string): string | null {
  const entry = entryOfFile(paths, file);
  if (!entry) return null;
  return `/admin/#/collections/${entry.collection}/entries/${entry.subPath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A path for messages: relative to the site root with forward slashes. */
export function shownPath(paths: DeskPaths, file: string): string {
  return relative(paths.siteRoot, resolve(paths.siteRoot, file)).split(sep).join('/');
}
