// The image a shared link shows: the entry's own photo sized 1200px wide, or its generated title card.
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { abs, paths } from '@/data/site';
import { imageSize } from '@/data/images';

export async function shareImage(cardKey: string, photo?: ImageMetadata): Promise<string> {
  if (photo) {
    const image = await getImage({ src: photo, width: Math.min(1200, imageSize(photo).width), format: 'jpg' });
    return abs(image.src);
  }
  return abs(paths.asset(`og/${cardKey}.png`));
}
