// site.yaml's optional WeChat account and footer registrations (备案): accepted when well formed, clear errors when not.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSiteConfig, policeBeianUrl } from '@/lib/site-settings';
import sharp from 'sharp';
import { siteImagePath } from '@/lib/content/files';
import { publishableSiteImage } from '@/lib/site-image';

const minimal = {
  name: '桐川关工',
  fullName: '桐川县关心下一代工作委员会',
  county: '桐川县',
  editingUnit: '办公室',
  url: 'https://ggw.example.cn',
};
const errorOf = (raw: unknown) => {
  try {
    parseSiteConfig(raw);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseSiteConfig to throw');
};

describe('site.yaml: wechat and beian', () => {
  it('leaves both out when not set, and the footer shows nothing', () => {
    const site = parseSiteConfig(minimal);
    expect(site.wechat).toBeUndefined();
    expect(site.beian).toEqual({});
  });
  it('accepts a 公众号 with its QR image and the three registrations', () => {
    const site = parseSiteConfig({
      ...minimal,
      wechat: { name: '桐川关工', qr: 'wechat-qr.png' },
      beian: { icp: '湘ICP备12345678号-1', police: '湘公网安备 43010202000123号', siteCode: '4301000001' },
    });
    expect(site.wechat).toEqual({ name: '桐川关工', qr: 'wechat-qr.png' });
    expect(site.beian.police).toBe('湘公网安备 43010202000123号');
  });
  it('names the field, the value and the expected form of a wrong registration', () => {
    expect(errorOf({ ...minimal, beian: { icp: 'ICP12345' } })).toContain(
      'beian.icp（ICP备案号）格式不对，收到 "ICP12345"，应像 湘ICP备12345678号-1',
    );
    expect(errorOf({ ...minimal, beian: { police: '湘公网安备123号' } })).toContain('beian.police（公安备案号）');
    expect(errorOf({ ...minimal, beian: { siteCode: '12345' } })).toContain(
      'beian.siteCode（网站标识码）应为10位数字或大写字母，收到 "12345"',
    );
    expect(errorOf({ ...minimal, wechat: { qr: 'a.png' } })).toContain('wechat.name（公众号名称）必填');
    expect(errorOf({ ...minimal, wechat: { name: '桐川关工', qr: 'qr.pdf' } })).toContain('wechat.qr（二维码图片）');
  });
  it('links a 公安备案号 to the national query by its number', () => {
    expect(policeBeianUrl('湘公网安备 43010202000123号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=43010202000123');
  });
});

describe('the QR image named in site.yaml', () => {
  it('is found inside content/, or the error names the field and the path', () => {
    const root = mkdtempSync(join(tmpdir(), 'ggw-qr-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'qr.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(siteImagePath(root, 'qr.png', 'wechat.qr')).toBe(join(root, 'content', 'qr.png'));
    expect(() => siteImagePath(root, 'missing.png', 'wechat.qr')).toThrow(
      'content/site.yaml: wechat.qr: 找不到图片 "missing.png"（应放在 content/missing.png）',
    );
    expect(() => siteImagePath(root, 'a/../../secret.png', 'wechat.qr')).toThrow('不在 content/ 里');
  });

  it('is published re-encoded: a PNG of at most 480 px without the metadata of the original', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ggw-qr-'));
    const original = join(root, 'qr.jpg');
    await sharp({ create: { width: 1200, height: 1200, channels: 3, background: '#fff' } })
      .withMetadata({ exif: { IFD0: { Artist: '拍摄者' } } })
      .jpeg()
      .toFile(original);
    const published = await publishableSiteImage(original);
    const meta = await sharp(published).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 480, height: 480 });
    expect(meta.exif).toBeUndefined();
  });
});
