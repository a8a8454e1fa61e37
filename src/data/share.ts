// The image a shared link shows: the entry's own photo as a reader-sized JPEG, or its generated title card.
import type { ImageMetadata } from 'astro';
import { abs, paths } from '@/data/site';
import { readerJpeg } from '@/data/images';

export async function shareImage(cardKey: string, photo?: ImageMetadata): Promise<string> {
  if (photo) return abs((await readerJpeg(photo)).src);
  return abs(paths.asset(`og/${cardKey}.png`));
}
