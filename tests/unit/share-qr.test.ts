import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { bestMask, libraryBestMask, libraryMasks, shareQrSvg } from '@/lib/share-qr';

/** What a phone's scanner reads from the drawn code. */
async function scan(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('the share QR code', () => {
  it('scans as the page address, Chinese and percent-escapes included', async () => {
    for (const url of [
      'https://ggw.example.cn/news/2025-01-08-qingshan-dongji-zoufang/',
      'https://ggw.example.cn/ggw/bulletins/2026-10/',
      'https://ggw.example.cn/townships/dongtang/?q=%E5%85%B3%E5%B7%A5',
      'https://关工.example.cn/people/li-xiuying/',
    ])
      expect(await scan(await shareQrSvg(url))).toBe(url);
  });

  it('chooses the same mask as the library, so the same code, for addresses of every length', async () => {
    expect(libraryMasks.getBestMask).toBe(bestMask);
    const addresses = Array.from(
      { length: 400 },
      (_, i) =>
        `https://ggw.example.cn/${['news', 'people', 'stories', 'bulletins'][i % 4]}/${'2025-11-03-dongtang-'.repeat(1 + (i % 9))}${i}/`,
    );
    try {
      for (const url of addresses) {
        libraryMasks.getBestMask = libraryBestMask;
        const theirs = await shareQrSvg(url);
        libraryMasks.getBestMask = bestMask;
        expect([url, await shareQrSvg(url)]).toEqual([url, theirs]);
      }
    } finally {
      libraryMasks.getBestMask = bestMask;
    }
  });
});
