// The last gate before photos go public: every raster image in dist/ is checked after the build. A file that is
// a byte-for-byte copy of an editor's photo, or that still carries EXIF/XMP/IPTC (camera, time, GPS position),
// is re-encoded without any metadata — or deleted when no page, feed or stylesheet names it. An SVG that can run
// script stops the build. Photos of children must never publish where they were taken.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import sharp from 'sharp';
import { pushTo } from '../catalog/lists';

export const RASTER_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.heic', '.heif']);
/** Files whose text may name an image (pages, feeds, styles, scripts, manifests). */
const TEXT_EXTENSIONS = new Set(['.html', '.xml', '.atom', '.json', '.css', '.js', '.mjs', '.txt', '.webmanifest', '.svg']);

export interface ScrubResult {
  /** Images looked at. */
  checked: number;
  /** Re-encoded without metadata (path relative to dist, why). */
  reencoded: { file: string; reason: string }[];
  /** Copies of originals nothing links to: removed. */
  removed: string[];
}

export class PublishedImageError extends Error {
  constructor(readonly problems: string[]) {
    super(`发布目录里有不安全的文件，网站没有构建完成：\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PublishedImageError';
  }
}

export function walkFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((d) => (d.isDirectory() ? walkFiles(join(dir, d.name)) : d.isFile() ? [join(dir, d.name)] : []));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The image's format and the metadata that tells where, when or with what it was taken. */
export async function privateMetadata(bytes: Uint8Array): Promise<{ format: string | undefined; found: string[] }> {
  const meta = await sharp(bytes, { animated: true }).metadata();
  const found: string[] = [];
  if (meta.exif?.length) found.push('EXIF');
  if (meta.xmp?.length) found.push('XMP');
  if (meta.iptc?.length) found.push('IPTC');
  if (meta.comments?.length) found.push('文字注释');
  return { format: meta.format, found };
}

/** An SVG that could run script or load a page when opened directly from the site's own address. */
export function activeSvg(text: string): string | undefined {
  const m = /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b|<iframe\b|<embed\b|<object\b|xlink:href\s*=\s*["']?\s*data:/i.exec(text);
  return m?.[0];
}

/** Re-encodes in the same format with the orientation applied and no metadata at all (sharp's default). */
async function reencode(bytes: Uint8Array, format: string | undefined): Promise<Buffer> {
  const image = sharp(bytes, { animated: true }).rotate();
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
    case 'png':
      return image.png().toBuffer();
    case 'webp':
      return image.webp({ quality: 82 }).toBuffer();
    case 'heif':
      return image.avif({ quality: 60, effort: 2 }).toBuffer();
    case 'gif':
      return image.gif().toBuffer();
    case 'tiff':
      return image.tiff().toBuffer();
    default:
      return image.jpeg({ quality: 85 }).toBuffer();
  }
}

/** Where the hashes of images already found clean are kept between builds (one hex SHA-256 per line). */
export interface ScrubOptions {
  cleanHashesFile?: string | undefined;
}

function readCleanHashes(file: string | undefined): Set<string> {
  if (!file) return new Set();
  try {
    return new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((h) => /^[0-9a-f]{64}$/.test(h)),
    );
  } catch {
    return new Set();
  }
}

function writeCleanHashes(file: string, hashes: Set<string>) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, [...hashes].join('\n'));
  renameSync(temporary, file);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Which of `names` (file names, no folders) any page, feed or stylesheet under `files` names. Searched as the
 * exact names in the files' bytes read as latin1 (names are ASCII): a general image-name pattern over every page
 * of a 10,000-item site took seconds.
 */
export function namedInTextFiles(files: string[], names: Iterable<string>): Set<string> {
  const wanted = new Set(names);
  const found = new Set<string>();
  if (!wanted.size) return found;
  const pattern = new RegExp(`(?<![\\w.@~-])(?:${[...wanted].map(escapeRegExp).join('|')})(?!\\w)`, 'g');
  for (const file of files) {
    if (!TEXT_EXTENSIONS.has(extname(file).toLowerCase())) continue;
    for (const m of readFileSync(file, 'latin1').matchAll(pattern)) found.add(m[0]);
    if (found.size === wanted.size) break;
  }
  return found;
}

/**
 * Checks every image under `dist`. `originals` are the editors' photo files (content/): a published file with the
 * same bytes is one of them. Throws PublishedImageError for files that cannot be made safe. With
 * `cleanHashesFile`, images whose exact bytes were found free of metadata by an earlier build are not opened
 * again (the verdict depends on the bytes alone); whether a file is an editor's original is decided afresh.
 */
export async function scrubPublishedImages(dist: string, originals: string[], options: ScrubOptions = {}): Promise<ScrubResult> {
  // Originals are hashed only when a published file has their exact size: hashing every photo of a large
  // county read a gigabyte per build.
  const originalsBySize = new Map<number, string[]>();
  for (const path of originals) pushTo(originalsBySize, statSync(path).size, path);
  const originalHashes = new Map<string, string>();
  const isOriginal = (bytes: Buffer, hash: string) =>
    (originalsBySize.get(bytes.length) ?? []).some((path) => {
      if (!originalHashes.has(path)) originalHashes.set(path, sha256(readFileSync(path)));
      return originalHashes.get(path) === hash;
    });
  const files = walkFiles(dist);
  const knownClean = readCleanHashes(options.cleanHashesFile);
  const clean = new Set<string>();

  const result: ScrubResult = { checked: 0, reencoded: [], removed: [] };
  const problems: string[] = [];
  // First look at every image (a few at a time: sharp reads headers off the main thread), then act on the few.
  const images = files.filter((f) => RASTER_EXTENSIONS.has(extname(f).toLowerCase()));
  const looked: { file: string; name: string; bytes: Buffer; copy: boolean; found: string[]; format: string | undefined }[] = [];
  for (let i = 0; i < images.length; i += 8) {
    await Promise.all(
      images.slice(i, i + 8).map(async (file) => {
        const name = relative(dist, file).split('\\').join('/');
        const bytes = readFileSync(file);
        const hash = sha256(bytes);
        const copy = isOriginal(bytes, hash);
        if (!copy && knownClean.has(hash)) return void clean.add(hash);
        try {
          const { found, format } = await privateMetadata(bytes);
          if (copy || found.length) looked.push({ file, name, bytes, copy, found, format });
          else clean.add(hash);
        } catch (error) {
          problems.push(`${name}：不是能读取的图片（${(error as Error).message}），不能发布`);
        }
      }),
    );
  }
  result.checked = images.length;
  for (const file of files.filter((f) => extname(f).toLowerCase() === '.svg')) {
    const active = activeSvg(readFileSync(file, 'utf8'));
    if (active)
      problems.push(
        `${relative(dist, file).split('\\').join('/')}：SVG 图片含有可执行的内容（${active}），不能发布。请换成 JPG 或 PNG 图片`,
      );
  }
  const baseName = (name: string) => name.split('/').pop()!;
  const named = namedInTextFiles(
    files,
    looked.filter((l) => l.copy).map((l) => baseName(l.name)),
  );
  for (const { file, name, bytes, copy, found, format } of looked.sort((a, b) => a.name.localeCompare(b.name))) {
    if (copy && !named.has(baseName(name))) {
      unlinkSync(file);
      result.removed.push(name);
      continue;
    }
    writeFileSync(file, await reencode(bytes, format));
    result.reencoded.push({ file: name, reason: [copy ? '原图' : '', ...found].filter(Boolean).join('、') });
  }
  if (problems.length) throw new PublishedImageError(problems.sort());
  if (options.cleanHashesFile) writeCleanHashes(options.cleanHashesFile, clean);
  return result;
}
