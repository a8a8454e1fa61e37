// npm run demo:images: which images the entries need, what each picture shows, and that the command draws
// only missing images, the same picture for the same path, and never replaces a file that is there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderImage } from '../../scripts/lib/demo-images/render';
import { placeNames, scan } from '../../scripts/lib/demo-images/scan';
import { bannerText, chooseScene, type ImageContext } from '../../scripts/lib/demo-images/subject';
import { REPO, runScript, tempSite, type TempSite } from '../fixtures/temp-site';

let site: TempSite | undefined;
afterEach(() => site?.remove());

const context = (over: Partial<ImageContext>): ImageContext => ({
  role: 'scene',
  title: '',
  bannerTitle: '',
  imageText: [],
  topics: [],
  month: 7,
  gender: null,
  category: null,
  sources: [],
  ...over,
});

describe('scan: the images the entries refer to', () => {
  it('finds covers, gallery images and portraits with their descriptions; reports what it cannot draw', async () => {
    site = tempSite('ggw-demo-images-');
    site.write(
      'content/news/2025/a.md',
      '---\ntitle: 东塘镇开展防溺水巡河\ndate: 2025-07-03\ncover: ./a.jpg\ncoverAlt: 五老在河边巡查\n---\n正文\n',
    );
    site.write(
      'content/stories/s/index.md',
      '---\ntitle: 纪实\ndate: 2025-05-01\ncover: ./1.jpg\ncoverAlt: 合影\ngallery:\n  - image: ./1.jpg\n    caption: 孩子们在操场上\n  - image: ./2.png\n---\n',
    );
    site.write('content/people/li.md', '---\nname: 李秀英\ngender: 女\ncategory: 老教师\nportrait: ./li.jpg\nrole: 退休教师\n---\n');
    site.write('content/news/2025/b.md', '---\ntitle: 乙\ncover: https://example.com/x.jpg\n---\n');
    site.write('content/news/2025/c.md', '---\ntitle: 丙\ncover: ../../../../x.jpg\n---\n');
    site.write('content/news/2025/d.md', '---\ntitle: 丁\ncover: ./d.gif\n---\n');
    const { targets, errors, skipped } = await scan(site.root);
    const byRel = new Map([...targets.values()].map((t) => [t.rel, t.ctx]));
    expect([...byRel.keys()].sort()).toEqual([
      'content/news/2025/a.jpg',
      'content/people/li.jpg',
      'content/stories/s/1.jpg',
      'content/stories/s/2.png',
    ]);
    expect(byRel.get('content/stories/s/1.jpg')).toMatchObject({ role: 'scene', imageText: ['合影', '孩子们在操场上'], month: 5 });
    expect(byRel.get('content/people/li.jpg')).toMatchObject({
      role: 'portrait',
      gender: '女',
      category: '老教师',
      imageText: ['退休教师'],
    });
    expect(errors).toEqual([
      'content/news/2025/c.md：cover ../../../../x.jpg 指到了 content/ 以外',
      'content/news/2025/d.md：cover ./d.gif：只能生成 .jpg、.jpeg、.png 或 .webp 图片',
    ]);
    expect(skipped).toEqual(['content/news/2025/b.md：cover https://example.com/x.jpg（不是相对路径，不生成）']);
  });
});

describe('what the picture shows', () => {
  it('chooses the scene from the words, not from place names (东塘镇 is no pond)', () => {
    const places = placeNames(REPO);
    expect(places).toContain('东塘镇');
    expect(chooseScene(context({ imageText: ['五老在河边巡查'], title: '开展防溺水巡河' }), places).kind).toBe('water');
    expect(chooseScene(context({ title: '东塘镇关工委召开推进会' }), places).kind).toBe('meeting');
    expect(chooseScene(context({ title: '老党员走访慰问留守儿童' }), places).kind).toBe('visit');
  });

  it('puts at most 18 characters of the title on the banner, without punctuation', () => {
    const text = bannerText('桐川县关心下一代工作委员会隆重召开2025年度“五老”志愿者表彰大会暨工作推进会');
    expect(text.replace(/\s/g, '').length).toBeLessThanOrEqual(18);
    expect(text).not.toMatch(/[“”，。]/);
    expect(bannerText('')).toBe('关心下一代 共筑成长路');
  });

  it('draws the same picture for the same path, and another for another path', { timeout: 60_000 }, async () => {
    const ctx = context({ role: 'portrait', title: '李秀英', gender: '女', category: '老教师' });
    const a = await renderImage(ctx, 'people/li.jpg', 'jpeg');
    const b = await renderImage(ctx, 'people/li.jpg', 'jpeg');
    const c = await renderImage(ctx, 'people/wang.jpg', 'jpeg');
    expect(a).toMatchObject({ width: 1200, height: 1500, what: '肖像·老教师·女' });
    expect(a.data.equals(b.data)).toBe(true);
    expect(a.data.equals(c.data)).toBe(false);
  });
});

describe('npm run demo:images', () => {
  it('draws only the missing images, leaves existing files alone, and says so in Chinese', { timeout: 180_000 }, async () => {
    site = tempSite('ggw-demo-images-cli-');
    site.write('content/news/2025/a.md', '---\ntitle: 城关镇开展防溺水安全教育\ndate: 2025-06-03\ncover: ./a.jpg\n---\n正文\n');
    site.write('content/news/2025/b.md', '---\ntitle: 乙\ndate: 2025-06-04\ncover: ./b.jpg\n---\n正文\n');
    const mine = site.write('content/news/2025/b.jpg', 'editor photo');
    const first = await runScript('demo-images.ts', ['--root', site.root]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/已生成 {2}content\/news\/2025\/a\.jpg {2}1600×1200 {2}防溺水\/水边/);
    expect(first.stdout).toContain('已存在  content/news/2025/b.jpg');
    expect(first.stdout).toContain('生成 1 张，已有 1 张');
    expect(readFileSync(mine, 'utf8')).toBe('editor photo');
    const drawn = readFileSync(join(site.root, 'content/news/2025/a.jpg'));
    expect(drawn.subarray(0, 2).toString('hex')).toBe('ffd8');

    const again = await runScript('demo-images.ts', ['--root', site.root]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('生成 0 张，已有 2 张');
    expect(readFileSync(join(site.root, 'content/news/2025/a.jpg')).equals(drawn)).toBe(true);
    expect(site.files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 1 when an entry cannot be read and 2 on a wrong option, with the usage in Chinese', { timeout: 60_000 }, async () => {
    site = tempSite('ggw-demo-images-bad-');
    site.write('content/news/2025/a.md', '---\ntitle: [x\n---\n');
    const broken = await runScript('demo-images.ts', ['--root', site.root]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('content/news/2025/a.md：前置数据（---之间的 YAML）有误');
    const wrong = await runScript('demo-images.ts', ['--rot', site.root]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^不认识的选项 --rot\n\n用法：npm run demo:images/);
  });
});
