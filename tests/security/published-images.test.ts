// The after-build gate on its own: what it does with a copied original, a photo with metadata, an active SVG.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedInTextFiles, PublishedImageError, scrubPublishedImages } from '../../src/lib/safety/published-images';
import { tempSite, type TempSite } from '../fixtures/temp-site';
import { gpsPhoto } from './hostile-site';

const gpsOf = (file: string) => spawnSync('exiftool', ['-s3', '-GPSPosition', file], { encoding: 'utf8' }).stdout.trim();

describe('the published-images gate', () => {
  let site: TempSite;
  let dist: string;
  let original: string;
  beforeAll(async () => {
    site = tempSite('ggw-gate-');
    original = join(site.root, 'content/news/photo.jpg');
    await gpsPhoto(original, 1);
    dist = join(site.root, 'dist');
    mkdirSync(join(dist, '_astro'), { recursive: true });
    copyFileSync(original, join(dist, '_astro/photo.AbC123.jpg'));
    copyFileSync(original, join(dist, '_astro/photo.Unused9.jpg'));
    writeFileSync(join(dist, 'index.html'), '<img src="/_astro/photo.AbC123.jpg" alt="">');
    await gpsPhoto(join(dist, 'public-photo.jpg'), 2);
    await sharp({ create: { width: 20, height: 10, channels: 3, background: '#fff' } })
      .webp()
      .toFile(join(dist, '_astro/clean.webp'));
  });
  afterAll(() => site.remove());

  it('re-encodes a linked copy of an original and any photo with metadata, removes an unlinked copy, leaves clean images', async () => {
    expect(gpsOf(join(dist, 'public-photo.jpg'))).not.toBe('');
    const clean = readFileSync(join(dist, '_astro/clean.webp'));
    const result = await scrubPublishedImages(dist, [original]);
    expect(result.reencoded.map((r) => r.file).sort()).toEqual(['_astro/photo.AbC123.jpg', 'public-photo.jpg']);
    expect(result.reencoded.find((r) => r.file === 'public-photo.jpg')!.reason).toContain('EXIF');
    expect(result.removed).toEqual(['_astro/photo.Unused9.jpg']);
    expect(existsSync(join(dist, '_astro/photo.Unused9.jpg'))).toBe(false);
    for (const file of ['_astro/photo.AbC123.jpg', 'public-photo.jpg']) {
      expect(gpsOf(join(dist, file))).toBe('');
      const meta = await sharp(join(dist, file)).metadata();
      expect(meta).toMatchObject({ width: 1600, height: 1200, format: 'jpeg' });
      expect([meta.exif, meta.xmp]).toEqual([undefined, undefined]);
    }
    expect(readFileSync(join(dist, '_astro/clean.webp')).equals(clean)).toBe(true);
    // A second pass finds nothing left to do.
    expect((await scrubPublishedImages(dist, [original])).reencoded).toEqual([]);
  });

  it('opens an image again only when its bytes were not found clean before, and never trusts the cache for an original', async () => {
    const cleanHashesFile = join(site.root, 'cache/clean.txt');
    await gpsPhoto(join(dist, 'later-photo.jpg'), 3);
    const first = await scrubPublishedImages(dist, [original], { cleanHashesFile });
    expect(first.reencoded.map((r) => r.file)).toEqual(['later-photo.jpg']);
    const remembered = readFileSync(cleanHashesFile, 'utf8').split('\n');
    expect(remembered.length).toBeGreaterThanOrEqual(3);
    // An original whose hash is somehow in the cache is still found as an original.
    const originalHash = createHash('sha256').update(readFileSync(original)).digest('hex');
    writeFileSync(cleanHashesFile, [...remembered, originalHash].join('\n'));
    copyFileSync(original, join(dist, '_astro/photo.Again1.jpg'));
    const second = await scrubPublishedImages(dist, [original], { cleanHashesFile });
    expect(second.removed).toEqual(['_astro/photo.Again1.jpg']);
    expect(second.reencoded).toEqual([]);
    // Only the hashes of images still published are kept.
    expect(readFileSync(cleanHashesFile, 'utf8').split('\n')).not.toContain(originalHash);
  });

  it('finds a name only where it stands whole', () => {
    const page = join(site.root, 'names.html');
    writeFileSync(page, '<img src="/_astro/a.B1.jpg"><a href="x-c.B2.jpg">图</a> d.B3.jpg.webp 中文e.B4.jpg，');
    expect([...namedInTextFiles([page], ['a.B1.jpg', 'c.B2.jpg', 'd.B3.jpg', 'e.B4.jpg', 'f.B5.jpg'])].sort()).toEqual([
      'a.B1.jpg',
      'd.B3.jpg',
      'e.B4.jpg',
    ]);
  });

  it('stops the build for an SVG that can run script and for a "photo" that is not an image', async () => {
    writeFileSync(join(dist, 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    writeFileSync(join(dist, 'fake.jpg'), 'not a jpeg');
    const error = await scrubPublishedImages(dist, [original]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishedImageError);
    expect((error as Error).message).toContain('drawing.svg');
    expect((error as Error).message).toContain('fake.jpg');
  });
});
