// Which image files an entry may name: only files inside content/ (the entry's own folder or a shared one),
// that really are JPEG, PNG, WebP, GIF, AVIF or TIFF images. Anything else would publish a file from the build
// machine (`cover: ../../../../etc/…`), crash the image pipeline, or serve an SVG with script from our own address.
import { closeSync, existsSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { imageSizeFromBytes } from '../check/images';

export const IMAGE_FORMATS_ALLOWED =
  'JPG、PNG、WebP、GIF、AVIF 或 TIFF 图片，放在稿件所在文件夹或 content/ 里，路径相对于稿件，例如 ./1.jpg';

/** The image format from the file's first bytes, or undefined when it is not an image the build can use. */
export function sniffImageFormat(b: Uint8Array): string | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return imageSizeFromBytes(b) ? 'jpeg' : undefined;
  if (b.length >= 8 && ascii(1, 4) === 'PNG') return imageSizeFromBytes(b) ? 'png' : undefined;
  if (b.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 16 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return imageSizeFromBytes(b) ? 'webp' : undefined;
  if (b.length >= 12 && ascii(4, 8) === 'ftyp' && /^(avif|avis)$/.test(ascii(8, 12))) return 'avif';
  if (
    b.length >= 4 &&
    ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))
  )
    return 'tiff';
  return undefined;
}

function readHead(path: string, bytes: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(bytes);
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The image format from the first 16 KB, or from the first 256 KB when that is not enough (a JPEG's size can sit
 * behind a long EXIF block). Reading 256 KB of every photo of a 10,000-item county took seconds.
 */
function sniffImageFile(path: string): string | undefined {
  const head = readHead(path, 16 * 1024);
  return sniffImageFormat(head) ?? (head.length === 16 * 1024 ? sniffImageFormat(readHead(path, 256 * 1024)) : undefined);
}

const inside = (folder: string, path: string) => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A local image reference in Markdown or HTML (not a web address, not a site path). */
export function isLocalImageRef(value: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(value.trim());
}

/**
 * Why the image `value`, named by an entry in `entryDir`, may not be published; undefined when it may.
 * `contentRoot` is the content folder; `root` makes the paths in messages relative.
 */
export function imageRefProblem(value: string, entryDir: string, contentRoot: string, root: string): string | undefined {
  const shown = (p: string) => relative(root, p).split('\\').join('/');
  const path = resolve(entryDir, value.trim());
  let real: string;
  try {
    real = existsSync(path) ? realpathSync(path) : path;
  } catch {
    real = path;
  }
  let realRoot = contentRoot;
  try {
    realRoot = realpathSync(contentRoot);
  } catch {
    /* the content folder always exists when entries do */
  }
  if (!inside(contentRoot, path) || !inside(realRoot, real)) {
    return `图片路径 "${value}" 指向 content 文件夹以外（${isAbsolute(value) ? value : shown(path)}），不能发布。只能用 ${IMAGE_FORMATS_ALLOWED}`;
  }
  if (/\.svgz?$/i.test(path)) return `图片 "${value}" 是 SVG 矢量图：SVG 里可以藏脚本，网站不发布 SVG。请另存为 PNG 或 JPG 后再用`;
  if (!existsSync(path)) return `找不到图片 "${value}"（应在 ${shown(path)}）。图片要放在稿件旁边，路径相对于稿件所在文件夹，例如 ./1.jpg`;
  let format: string | undefined;
  try {
    format = sniffImageFile(path);
  } catch (error) {
    return `图片 "${value}" 无法读取（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`;
  }
  if (!format) return `"${value}" 不是能用的图片文件（文件内容不是 JPG、PNG、WebP、GIF、AVIF 或 TIFF，或者已损坏）。请用照片原件重新导出`;
  return undefined;
}

/** Local images a Markdown body names (![..](path)), which Astro would publish, with their offsets. */
export function bodyImageRefs(body: string): { value: string; index: number }[] {
  const refs: { value: string; index: number }[] = [];
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*(<[^>]*>|[^)\s]+)/g)) refs.push({ value: m[1]!.replace(/^<|>$/g, ''), index: m.index });
  return refs.filter((r) => r.value && isLocalImageRef(r.value)).map((r) => ({ ...r, value: safeDecode(r.value) }));
}

function safeDecode(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
