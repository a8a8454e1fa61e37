// Checks the build runs before Astro touches content, so editors see our message, not a bundler's.
import { findMissingImages, formatMissingImages } from './content-scan';

export function assertContentImagesExist(root = process.cwd()): void {
  const missing = findMissingImages(root);
  if (missing.length) throw new Error(formatMissingImages(missing));
}
