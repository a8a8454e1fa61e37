import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertContentValid, ContentCheckError } from '@/lib/build-checks';
import { checkContent, formatProblem, formatReport, splitHint, type CheckProblem } from '@/lib/check/check';
import { imageSizeFromBytes } from '@/lib/check/images';
import { REPO, tempSite, type TempSite } from '../../fixtures/temp-site';

const news = (fields: string, body = '正文一段。') => `---\n${fields}\n---\n${body}\n`;
const TODAY = '2026-11-22';

describe('the demo county', () => {
  it('passes with zero errors, quickly', () => {
    const report = checkContent({ root: REPO, today: TODAY });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.counts.news).toBeGreaterThan(50);
    expect(report.ms).toBeLessThan(10_000);
  });
  it('warns only about the deliberate Traditional-character items', () => {
    const report = checkContent({ root: REPO, today: TODAY });
    const rules = new Set(report.problems.map((p) => p.rule));
    expect([...rules].filter((r) => r !== 'traditional')).toEqual([]);
  });
});

describe('problems in a site', () => {
  let site: TempSite;
  let problems: CheckProblem[];
  const find = (file: string, field: string) => problems.filter((p) => p.file.endsWith(file) && p.field === field);

  beforeAll(async () => {
    site = tempSite('ggw-check-');
    const jpg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    site.write(
      'content/news/2025/2025-11-03-dongtang-ok.md',
      news(
        'title: 东塘镇关工委召开冬季留守儿童关爱工作推进会\ndate: 2025-11-03\ntownship: dongtang\ncover: ./2025-11-03-dongtang-ok.jpg\ncoverAlt: 会场',
      ),
    );
    site.write('content/news/2025/2025-11-03-dongtang-ok.jpg', jpg);
    site.write(
      'content/news/2025/2025-11-04-dongtang-again.md',
      news('title: 东塘镇关工委召开冬季留守儿童关爱工作推进会议\ndate: 2025-11-04\ntownship: dongtang'),
    );
    site.write(
      'content/news/2025/2025-11-05-bad-fields.md',
      news('title: 测试\ndate: 2025-13-01\ntownship: nowhere\nvillage: renmin\ncover: ./missing.jpg'),
    );
    site.write('content/news/2025/2025-11-06-village.md', news('title: 村不对\ndate: 2025-11-06\ntownship: dongtang\nvillage: renmin'));
    site.write('content/news/2025/2025-11-07-yaml.md', '---\ntitle: 东塘\ndate: [2025\n---\n正文\n');
    site.write('content/news/2026/2025-11-03-dongtang-ok.md', news('title: 另一篇\ndate: 2026-01-03\ntownship: dongtang'));
    site.write('content/news/2026/2026-12-30-future.md', news('title: 未来的稿件\ndate: 2026-12-30\ntownship: hekou'));
    site.write('content/news/2026/2026-01-05-empty.md', news('title: 空稿\ndate: 2026-01-05\ntownship: hekou', ''));
    site.write(
      'content/news/2026/2026-01-06-messy.md',
      news(
        'title: 残留&ldquo;实体&rdquo;\ndate: 2026-01-06\ntownship: hekou',
        '第一段。\n\n留守??童&nbsp;家庭<br />\n\n河口鎮關工委\n\n落下��。\n\n（未完待续）',
      ),
    );
    site.write(
      'content/news/2026/2026-01-07-Draft Name.md',
      news('title: 草稿\ndate: 2026-01-07\ntownship: hekou\ndraft: true\nreviewNotes:\n  - 疑似乱码', '落下��。'),
    );
    site.write(
      'content/news/2026/2026-01-08-no-alt.md',
      news(
        'title: 照片没有说明\ndate: 2026-01-08\ntownship: hekou\ncover: ./no-alt.jpg',
        '第一段。\n\n![](./no-alt.jpg)\n\n![河口镇五老给孩子讲故事](./no-alt.jpg)',
      ),
    );
    site.write('content/news/2026/no-alt.jpg', jpg);
    site.write(
      'content/stories/2025-08-y/index.md',
      news(
        'title: 图集\ndate: 2025-08-10\ntownships: [dongtang]\ngallery:\n  - image: ./1.jpg\n  - image: ./1.jpg\n    caption: 五老带孩子参观\n  - image: ./1.jpg\n    alt: 孩子们围坐听讲',
      ),
    );
    site.write('content/stories/2025-08-y/1.jpg', jpg);
    site.write('content/stories/2025-07-x/index.md', news('title: 故事\ndate: 2025-07-10\ntownships: [dongtang]\npeople: [nobody]'));
    site.write(
      'content/bulletins/2025-11.md',
      news(
        'issue: 11\nmonth: 2025-11\ndate: 2025-11-28\neditor: 王晓梅\ncontents:\n  - section: 工作动态\n    items: [news/2025-11-03-dongtang-ok, news/2025-11-99-missing]',
      ),
    );
    mkdirSync(join(site.root, 'content/people'), { recursive: true });
    problems = checkContent({ root: site.root, today: TODAY }).problems;
  });
  afterAll(() => site.remove());

  it('reports schema errors with the line of the field, the message and what is allowed', () => {
    const [date] = find('2025-11-05-bad-fields.md', 'date');
    expect(date).toMatchObject({ severity: 'error', line: 3, rule: 'schema' });
    expect(date!.message).toContain('"2025-13-01" 不是有效日期');
    expect(date!.allowed).toContain('YYYY-MM-DD');
    const [township] = find('2025-11-05-bad-fields.md', 'township');
    expect(township).toMatchObject({ line: 4 });
    expect(township!.allowed).toMatch(/^可用：chengguan（城关镇）/);
  });
  it('reports a missing image and a village of another township', () => {
    expect(find('2025-11-05-bad-fields.md', 'cover')[0]).toMatchObject({ severity: 'error', line: 6 });
    expect(find('2025-11-05-bad-fields.md', 'cover')[0]!.message).toContain('找不到图片 "./missing.jpg"');
    const [village] = find('2025-11-06-village.md', 'village');
    expect(village!.message).toContain('不属于东塘镇（dongtang），它属于城关镇');
  });
  it('reports broken YAML at its line', () => {
    const [yaml] = find('2025-11-07-yaml.md', '（头信息）');
    expect(yaml).toMatchObject({ severity: 'error', rule: 'yaml' });
    expect(yaml!.line).toBeGreaterThanOrEqual(3);
  });
  it('reports the same file name in two year folders', () => {
    expect(find('news/2026/2025-11-03-dongtang-ok.md', 'id')[0]).toMatchObject({ severity: 'error', rule: 'duplicate-id' });
  });
  it('reports dangling references from stories and bulletins, with the line of the item', () => {
    expect(find('stories/2025-07-x/index.md', 'people[0]')[0]).toMatchObject({ severity: 'error', rule: 'reference' });
    const [item] = find('bulletins/2025-11.md', 'contents[0].items[1]');
    expect(item).toMatchObject({ severity: 'error', rule: 'reference', line: 8 });
  });
  it('reports an empty published body as an error', () => {
    expect(find('2026-01-05-empty.md', 'body')[0]).toMatchObject({ severity: 'error', rule: 'empty-body' });
  });
  it('warns about future dates, similar titles, entities, tags, mojibake, truncation and Traditional characters', () => {
    expect(find('2026-12-30-future.md', 'date')[0]).toMatchObject({ severity: 'warning', rule: 'future-date' });
    expect(find('2025-11-04-dongtang-again.md', 'title')[0]).toMatchObject({ severity: 'warning', rule: 'similar-title' });
    const messy = problems.filter((p) => p.file.endsWith('2026-01-06-messy.md'));
    expect(messy.map((p) => `${p.severity}:${p.rule}:${p.line}`).sort()).toEqual(
      [
        'error:mojibake:12',
        'warning:html-entity:8',
        'warning:html-tag:8',
        'warning:mojibake:8',
        'warning:title-text:2',
        'warning:traditional:10',
        'warning:truncated:14',
      ].sort(),
    );
  });
  it('warns about a cover, a gallery photo or a photo in the text without alt text, and only those', () => {
    const noAlt = problems.filter((p) => p.rule === 'image-alt');
    expect(noAlt.map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}:${p.field}`).sort()).toEqual(
      [
        '2025/2025-11-05-bad-fields.md:6:coverAlt',
        '2026/2026-01-08-no-alt.md:5:coverAlt',
        '2026/2026-01-08-no-alt.md:9:body',
        '2025-08-y/index.md:6:gallery[0].alt',
      ].sort(),
    );
    expect(noAlt.every((p) => p.severity === 'warning' && p.allowed)).toBe(true);
  });
  it('treats drafts more gently and reminds of open review notes; warns about file names that make bad URLs', () => {
    const draft = problems.filter((p) => p.file.endsWith('2026-01-07-Draft Name.md'));
    expect(draft.every((p) => p.severity === 'warning')).toBe(true);
    expect(draft.map((p) => p.rule).sort()).toEqual(['file-name', 'mojibake', 'review-notes']);
  });
  it('prints one line per problem: file:line  field  problem  (allowed)', () => {
    const [date] = find('2025-11-05-bad-fields.md', 'date');
    expect(formatProblem(date!)).toMatch(
      /^content\/news\/2025\/2025-11-05-bad-fields\.md:3 {2}date {2}date（日期） "2025-13-01" 不是有效日期 {2}\(应写成 YYYY-MM-DD/,
    );
    const report = formatReport(checkContent({ root: site.root, today: TODAY }));
    expect(report.indexOf('错误')).toBeLessThan(report.indexOf('警告'));
    expect(report).toMatch(/检查了 \d+ 篇稿件.*个错误，\d+ 个警告。$/);
  });
  it('the build gate throws the same lines, errors only', () => {
    expect(() => assertContentValid(site.root)).toThrow(ContentCheckError);
    try {
      assertContentValid(site.root);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain(formatProblem(find('2025-11-05-bad-fields.md', 'date')[0]!));
      expect(message).not.toContain('future-date');
      expect(message).not.toContain('含繁体字');
    }
  });
  it('the build gate passes the demo county', () => {
    expect(() => assertContentValid(REPO)).not.toThrow();
  });
});

describe('check helpers', () => {
  it('splits a schema message into the problem and what is allowed', () => {
    expect(splitHint('未知的township（乡镇） "x"。可用：a、b')).toEqual({ message: '未知的township（乡镇） "x"', allowed: '可用：a、b' });
    expect(splitHint('正文是空的')).toEqual({ message: '正文是空的' });
  });
  it('reads image sizes from JPEG, PNG and WebP headers', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const bytes = await sharp({ create: { width: 123, height: 45, channels: 3, background: '#888' } })
        .toFormat(format)
        .toBuffer();
      expect(imageSizeFromBytes(bytes), format).toEqual({ width: 123, height: 45 });
    }
  });
});

describe('copying the demo to check it elsewhere', () => {
  it('finds the one image an editor forgot to copy', () => {
    const site = tempSite('ggw-check-copy-');
    try {
      site.write('content/news/2025/a.md', news('title: 甲\ndate: 2025-11-03\ntownship: dongtang\ncover: ./a.jpg\ncoverAlt: x'));
      copyFileSync(join(REPO, 'content/townships.yaml'), join(site.root, 'content/townships.yaml'));
      const report = checkContent({ root: site.root, today: TODAY });
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['cover']);
    } finally {
      site.remove();
    }
  });
});
