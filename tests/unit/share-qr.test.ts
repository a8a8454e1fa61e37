import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { shareQrSvg } from '@/lib/share-qr';

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
});
