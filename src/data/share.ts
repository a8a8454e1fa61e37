// The image a shared link shows: the entry's own photo as a reader-sized JPEG, or its generated title card.
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { abs, paths } from '@/data/site';
import { imageSize } from '@/data/images';
import { JPEG_WIDTH, cappedWidth } from '@/lib/photo-widths';

export async function shareImage(cardKey: string, photo?: ImageMetadata): Promise<string> {
  if (photo) {
    const image = await getImage({ src: photo, width: cappedWidth(JPEG_WIDTH, imageSize(photo).width), format: 'jpg' });
    return abs(image.src);
  }
  return abs(paths.asset(`og/${cardKey}.png`));
}
