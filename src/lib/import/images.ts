// Photos from submissions: turned upright by their EXIF orientation, GPS and every other EXIF field stripped,
// scaled down to a sane size, saved as JPEG (PNG when they have transparency).
import sharp from 'sharp';

/** Longest side of an imported photo: enough for any page and for print, small enough for the repository. */
export const MAX_IMAGE_SIDE = 2000;

export interface PreparedImage {
  bytes: Buffer;
  extension: 'jpg' | 'png';
  width: number;
  height: number;
}

export async function prepareImage(input: Buffer, maxSide = MAX_IMAGE_SIDE): Promise<PreparedImage> {
  const image = sharp(input, { failOn: 'error' });
  const meta = await image.metadata();
  const keepPng = meta.format === 'png' && meta.hasAlpha === true;
  // rotate() with no angle applies the EXIF orientation; without withMetadata() sharp writes no EXIF at all.
  const pipeline = image.rotate().resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
  const { data, info } = keepPng
    ? await pipeline.png({ compressionLevel: 9 }).toBuffer({ resolveWithObject: true })
    : await pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  return { bytes: data, extension: keepPng ? 'png' : 'jpg', width: info.width, height: info.height };
}
