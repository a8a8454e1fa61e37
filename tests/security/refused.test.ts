// Careless or hostile files that must stop `npm run check` and the build with a message naming the file:
// images from outside content/, SVG, files that are not images, unsafe file names, a bad site address.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckProblem } from '../../src/lib/check/check';
import { cardSvg } from '../../src/lib/og-card';
import { absolutizeHtml, renderFeed } from '../../src/lib/feeds';
import { assertNothingSkipped, SkippedEntriesError } from '../../src/lib/safety/file-names';
import { basePathProblem, siteUrlProblem } from '../../src/lib/site-settings';
import { runScript, tempSite, type TempSite } from '../fixtures/temp-site';
import { runNpm } from './global-setup';

const news = (fields: string, body = '正文一段。') => `---\ntitle: 稿件\ndate: 2026-01-05\ntownship: dongtang\n${fields}\n---\n${body}\n`;

describe('files an entry may not publish', () => {
  let site: TempSite;
  let outside: TempSite;
  let problems: CheckProblem[];
  const errorsOf = (file: string) => problems.filter((p) => p.severity === 'error' && p.file.endsWith(file));

  beforeAll(async () => {
    site = tempSite('ggw-refused-');
    outside = tempSite('ggw-secret-');
    const jpg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const secret = outside.write('secret.jpg', jpg);
    site.write('content/news/2026/ok.jpg', jpg);
    const depth = site.root.split('/').length + 2;
    site.write('content/news/2026/2026-01-01-traversal.md', news(`cover: ${'../'.repeat(depth)}${secret.slice(1)}`));
    site.write('content/news/2026/2026-01-02-absolute.md', news(`cover: ${secret}`));
    site.write('content/news/2026/2026-01-03-body.md', news('', `正文。\n\n![偷来的](${'../'.repeat(depth)}${secret.slice(1)})\n`));
    symlinkSync(secret, join(site.root, 'content/news/2026/link.jpg'));
    site.write('content/news/2026/2026-01-04-symlink.md', news('cover: ./link.jpg'));
    site.write('content/news/2026/not-a-photo.jpg', '<html>这不是照片</html>');
    site.write('content/news/2026/2026-01-05-fake.md', news('cover: ./not-a-photo.jpg'));
    site.write('content/news/2026/drawing.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    site.write('content/news/2026/2026-01-06-svg.md', news('cover: ./drawing.svg', '正文。\n\n![图](./drawing.svg)\n'));
    site.write('content/news/2026/2026-01-07-fine.md', news('cover: ./ok.jpg\ncoverAlt: 会场'));
    // A photo whose size sits behind 60 KB of camera data is still a photo; cut off there, it is not.
    const app1 = Buffer.alloc(60_000 + 4, 0x20);
    app1.set([0xff, 0xe1, (60_002 >> 8) & 0xff, 60_002 & 0xff]);
    const longHead = Buffer.concat([jpg.subarray(0, 2), app1, jpg.subarray(2)]);
    site.write('content/news/2026/long-head.jpg', longHead);
    site.write('content/news/2026/2026-01-12-long-head.md', news('cover: ./long-head.jpg\ncoverAlt: 会场'));
    site.write('content/news/2026/cut-off.jpg', longHead.subarray(0, 50_000));
    site.write('content/news/2026/2026-01-13-cut-off.md', news('cover: ./cut-off.jpg\ncoverAlt: 会场'));
    for (const name of ['2026-01-08-a#b', '2026-01-09-a?b', '2026-01-10-a%20b', '2026-01-11-a\u0001b'])
      site.write(`content/news/2026/${name}.md`, news(''));
    problems = checkContent({ root: site.root, warnings: false }).problems;
  });
  afterAll(() => {
    site.remove();
    outside.remove();
  });

  it('refuses image paths that leave content/, relative, absolute, in the body or through a symlink', () => {
    for (const [file, field] of [
      ['traversal.md', 'cover'],
      ['absolute.md', 'cover'],
      ['body.md', 'body'],
      ['symlink.md', 'cover'],
    ] as const) {
      const errors = errorsOf(file);
      expect([file, errors.map((e) => e.field)]).toEqual([file, [field]]);
      expect(errors[0]!.message).toContain('content 文件夹以外');
    }
  });

  it('refuses a .jpg that is not an image, naming the entry and the field', () => {
    const [error] = errorsOf('2026-01-05-fake.md');
    expect(error).toMatchObject({ field: 'cover', rule: 'schema' });
    expect(error!.message).toContain('不是能用的图片文件');
  });

  it('reads as far as a photo needs: its size behind long camera data is found, a photo cut off before it is refused', () => {
    expect(errorsOf('2026-01-12-long-head.md')).toEqual([]);
    expect(errorsOf('2026-01-13-cut-off.md').map((e) => e.message)).toEqual([expect.stringContaining('不是能用的图片文件')]);
  });

  it('refuses SVG as a cover and in the body', () => {
    expect(
      errorsOf('2026-01-06-svg.md')
        .map((e) => e.field)
        .sort(),
    ).toEqual(['body', 'cover']);
    expect(errorsOf('2026-01-06-svg.md')[0]!.message).toContain('SVG');
  });

  it('refuses file names with # ? % or control characters, naming the file and the characters allowed', () => {
    for (const name of ['a#b.md', 'a?b.md', 'a%20b.md', 'a\u0001b.md']) {
      const errors = errorsOf(name).filter((e) => e.rule === 'file-name');
      expect([name, errors.length]).toEqual([name, 1]);
      expect(errors[0]!.allowed).toContain('字母、数字、汉字');
    }
  });

  it('accepts an ordinary photo beside its entry', () => {
    expect(errorsOf('2026-01-07-fine.md')).toEqual([]);
  });

  it('npm run check exits 1 and names the file, the field and the problem', async () => {
    const result = await runScript('check.ts', ['--root', site.root]);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/2026-01-01-traversal\.md:\d+\s+cover\s+图片路径/);
  });

  it('the build stops before publishing anything, with the same message', () => {
    const build = runNpm(['run', 'build'], { CONTENT_DIR: join(site.root, 'content'), OUT_DIR: join(site.root, 'dist') });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('2026-01-01-traversal.md');
    expect(build.stdout + build.stderr).toContain('content 文件夹以外');
  });
});

describe('nothing is lost silently and nothing crashes without naming the entry', () => {
  it('an entry the content loader skipped is an error naming its file', () => {
    const site = tempSite('ggw-skipped-');
    try {
      site.write('content/news/2026-01-01-a.md', news(''));
      site.write('content/news/2026-01-02-b#c.md', news(''));
      const loaded = { news: [{ filePath: join(site.root, 'content/news/2026-01-01-a.md') }], people: [], stories: [], bulletins: [] };
      expect(() => assertNothingSkipped(loaded, site.root)).toThrow(SkippedEntriesError);
      expect(() => assertNothingSkipped(loaded, site.root)).toThrow(/content\/news\/2026-01-02-b#c\.md/);
    } finally {
      site.remove();
    }
  });

  it('a control character in a title still makes a share card', async () => {
    const svg = cardSvg({ title: '标题\u0001含\u000b控制字符\uFFFE', kicker: '工作动态', siteName: '桐川关工', footer: '2026年1月5日' });
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    expect(png.length).toBeGreaterThan(1000);
  });

  it('a link no browser can parse does not crash the feeds', () => {
    expect(absolutizeHtml('<a href="//[bad">x</a><img src="./a.jpg">', 'https://ggw.example.cn/news/x/')).toBe(
      '<a>x</a><img src="https://ggw.example.cn/news/x/a.jpg">',
    );
    const meta = { title: 't', description: 'd', homeUrl: 'https://a.cn/', feedUrls: {}, copyright: 'c', author: 'a' };
    const entry = {
      url: 'https://a.cn/x/',
      title: '\u0001]]>',
      summary: ']]><item>',
      contentHtml: '<p>x</p>',
      date: '2026-01-01',
      categories: ['a<b'],
    };
    expect(renderFeed(meta, [entry], 'rss')).toContain('<title>]]&gt;</title>');
  });
});

describe('site.yaml', () => {
  it('accepts http(s) addresses and path bases', () => {
    expect(siteUrlProblem('https://ggw.example.cn')).toBeUndefined();
    expect(siteUrlProblem('http://localhost:4321/')).toBeUndefined();
    expect(basePathProblem('/')).toBeUndefined();
    expect(basePathProblem('/ggw/')).toBeUndefined();
  });
  it('refuses javascript:, data:, credentials and sub-paths in url; //host and odd characters in base', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://a.cn',
      'https://u:p@a.cn',
      'https://a.cn/ggw/',
      'ggw.example.cn',
      '',
    ])
      expect([url, siteUrlProblem(url)]).toEqual([url, expect.stringContaining('url（网站地址）')]);
    for (const base of ['//evil.example/', 'ggw/', '/a b/', '/../', '/"onload=x/'])
      expect([base, basePathProblem(base)]).toEqual([base, expect.stringContaining('base（子路径）')]);
  });
  it('npm run check reports a bad site.yaml in Chinese', async () => {
    const site = tempSite('ggw-siteyaml-');
    try {
      writeFileSync(
        join(site.root, 'content/site.yaml'),
        'name: 测试\nfullName: 测试\ncounty: 测试县\neditingUnit: 办公室\nurl: "javascript:alert(1)"\nbase: //evil.example/\n',
      );
      const result = await runScript('check.ts', ['--root', site.root]);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain('不是 http(s) 网址');
      expect(result.stdout + result.stderr).toContain('以 // 开头');
    } finally {
      site.remove();
    }
  });
});
