// Reading a content image's size or identity without publishing the original. Astro hands content images out
// as proxies: reading ANY property (src, width …) marks the original file as used, and the build then copies it
// into dist/_astro untouched, EXIF and GPS position included. `clone` and `fsPath` are the two reads it ignores.
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { JPEG_WIDTH, cappedWidth } from '@/lib/photo-widths';

type Proxied = ImageMetadata & { clone?: ImageMetadata; fsPath?: string };

/** width and height, read from a copy so the original stays unpublished. */
export function imageSize(image: ImageMetadata): { width: number; height: number } {
  const plain = (image as Proxied).clone ?? image;
  return { width: plain.width, height: plain.height };
}

/** The same file on disk (compares paths, never the proxied src). */
export function sameImage(a: ImageMetadata | undefined, b: ImageMetadata | undefined): boolean {
  if (!a || !b) return false;
  const pa = (a as Proxied).fsPath;
  const pb = (b as Proxied).fsPath;
  return pa !== undefined && pa === pb;
}

/** The one JPEG of a photo (JPEG_WIDTH, never upscaled): the fallback <img>, and what shares and feeds show. */
export function readerJpeg(src: ImageMetadata) {
  const { width, height } = imageSize(src);
  const jpegWidth = cappedWidth(JPEG_WIDTH, width);
  return getImage({ src, format: 'jpg', width: jpegWidth, height: Math.round((jpegWidth * height) / width) });
}
