import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { readPlaceRegistry } from '@/lib/content/files';
import { decodeText } from '@/lib/import/encoding';
import { decodeEntities } from '@/lib/import/clean';
import { importFile, loadImportContext, toRecord, type ImportContext, type ImportOptions, type ImportResult } from '@/lib/import/import';
import { newsSchema, personSchema, storySchema } from '@/lib/schema';
import { FIXTURES, tempSite, type TempSite } from '../../fixtures/temp-site';

let site: TempSite;
let ctx: ImportContext;
const fixture = (name: string) => join(FIXTURES, name);
const run = (name: string, options: Partial<ImportOptions> = {}) =>
  importFile(fixture(name), { type: 'news', ...options }, { ...ctx, ids: { news: new Set(), stories: new Set(), people: new Set() } });

beforeAll(() => {
  site = tempSite('ggw-import-');
  ctx = loadImportContext(site.root, '2026-11-22');
});
afterAll(() => site.remove());

function frontmatter(result: ImportResult): Record<string, unknown> {
  const text = result.plan!.markdown;
  return parse(text.slice(4, text.indexOf('\n---\n', 4))) as Record<string, unknown>;
}

/** Every run of two or more Chinese characters of the original must still be somewhere: entry, report or notes. */
function expectNoWordsLost(original: string, result: ImportResult) {
  const squash = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');
  const haystack = squash(
    [result.plan?.markdown ?? result.record.body, result.record.title, ...result.record.dropped, ...result.fixes].join('\n'),
  );
  const runs = original.split(/\r?\n/).flatMap((line) => squash(line).match(/\p{Script=Han}{2,}/gu) ?? []);
  const lost = runs.filter((r) => !haystack.includes(r));
  expect(lost).toEqual([]);
}

const schemaTools = { image: () => z.string(), places: readPlaceRegistry(FIXTURES.replace(/tests\/fixtures\/import$/, '')) };

describe('a Word file from a township', () => {
  it('becomes a news entry with title, date, author, township, headings, a table and both photos', async () => {
    const result = await run('township-report.docx');
    const data = frontmatter(result);
    expect(result.record).toMatchObject({
      title: '东塘镇关工委开展暑期防溺水安全宣传进村活动',
      date: '2023-07-19',
      township: 'dongtang',
      author: '陈立新',
    });
    expect(result.plan!.file).toBe('content/news/2023/2023-07-19-dongtang-shuqi-fangni.md');
    expect(data).toMatchObject({
      cover: './2023-07-19-dongtang-shuqi-fangni.jpg',
      coverAlt: '“五老”志愿者在荷花村村口给孩子们讲解防溺水知识',
    });
    expect(result.record.body).toContain('## 一、讲案例 敲警钟');
    expect(result.record.body).toContain('| 荷花村 | 46 | 120 |');
    expect(result.record.body).toContain('![五老志愿者在上湾村河塘边补设警示牌](./2023-07-19-dongtang-shuqi-fangni-img2.jpg)');
    // An import is a draft until an editor has read it; --publish publishes a clean one at once.
    expect(data['draft']).toBe(true);
    expect(newsSchema(schemaTools).safeParse(data).success).toBe(true);
    const published = await run('township-report.docx', { publish: true });
    expect(published.plan!.markdown).not.toMatch(/^draft:/m);
    const raw = await mammoth.extractRawText({ path: fixture('township-report.docx') });
    expectNoWordsLost(raw.value, result);
  });

  it('turns photos upright, strips EXIF and GPS, and scales large ones down', async () => {
    const result = await run('township-report.docx');
    const [phone, large] = result.plan!.files.filter((f) => f.path.endsWith('.jpg'));
    const phoneMeta = await sharp(Buffer.from(phone!.data)).metadata();
    expect([phoneMeta.width, phoneMeta.height]).toEqual([200, 320]); // stored 320×200 with orientation 6
    expect(phoneMeta.exif).toBeUndefined();
    expect(phoneMeta.orientation).toBeUndefined();
    const largeMeta = await sharp(Buffer.from(large!.data)).metadata();
    expect([largeMeta.width, largeMeta.height]).toEqual([2000, 1000]);
  });

  it('keeps the fixture honest: the phone photo inside really carries orientation and a GPS block', async () => {
    const { phonePhoto } = await import('../../fixtures/import/make-fixtures');
    const meta = await sharp(await phonePhoto()).metadata();
    expect(meta.orientation).toBe(6);
    expect(meta.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer tag 0x8825
  });

  it('as a story puts every photo in the gallery, in the story folder', async () => {
    const result = await run('township-report.docx', { type: 'story' });
    expect(result.plan!.file).toBe('content/stories/2023-07-dongtang-shuqi-fangni/index.md');
    const data = frontmatter(result);
    expect(data['gallery']).toEqual([
      { image: './1.jpg', caption: '“五老”志愿者在荷花村村口给孩子们讲解防溺水知识' },
      { image: './2.jpg', caption: '五老志愿者在上湾村河塘边补设警示牌' },
    ]);
    expect(result.record.body).not.toContain('![');
    expect(storySchema(schemaTools).safeParse(data).success).toBe(true);
  });

  it('as a person finds the category and flags what it cannot know', async () => {
    const result = await run('township-report.docx', { type: 'person' });
    const data = frontmatter(result);
    expect(personSchema(schemaTools).safeParse(data).success).toBe(true);
    expect(data['draft']).toBe(true);
    expect((data['reviewNotes'] as string[]).some((n) => n.includes('姓名'))).toBe(true);
  });
});

describe('a saved web page', () => {
  it('keeps the article, reads the info line, and reports menus, footer, buttons and related articles as dropped', async () => {
    const result = await run('web-page.html');
    expect(result.record).toMatchObject({
      title: '桂花街道关工委组织“五老”开展暑期网吧义务监督',
      date: '2023-07-19',
      township: 'guihua',
      author: '吴丽',
    });
    expect(result.sourceField).toBe('桂花街道关工委');
    expect(result.record.body).toContain('“五老”网吧义务监督员');
    expect(result.record.body).not.toMatch(/&\w+;|<br|首页|版权所有|展开阅读全文/);
    const reasons = Object.fromEntries(result.droppedDetail.map((d) => [d.text, d.reason]));
    expect(reasons).toMatchObject({
      '首页 | 政务公开 | 工作动态 | 政务服务 | 互动交流': 'menu',
      展开阅读全文: 'more-link',
      相关文章: 'related',
      '城关镇“五老”志愿者走进社区开展禁毒宣传': 'links',
      '分享到：微信 微博 QQ空间': 'share',
    });
    expect(result.droppedDetail.some((d) => d.reason === 'copyright' && d.text.includes('ICP备'))).toBe(true);
    expect(result.record.warnings.some((w) => w.includes('/uploads/2023/07/wangba.jpg'))).toBe(true);
    const html = readFileSync(fixture('web-page.html'), 'utf8');
    const bodyText = decodeEntities(html.slice(html.indexOf('<body>')).replace(/<[^>]+>/g, '\n'));
    expectNoWordsLost(bodyText, result);
  });
});

describe('plain text files', () => {
  it('decodes GBK, removes entities, tags and indentation, and reads 发布时间 and 来源', async () => {
    const result = await run('gbk-report.txt');
    expect(result.record).toMatchObject({ title: '青山镇关工委召开助学帮扶工作推进会', date: '2016-08-30', township: 'qingshan' });
    expect(result.sourceField).toBe('青山镇关工委');
    expect(result.record.body).toBe(
      '8月29日，青山镇关工委在镇政府三楼会议室召开助学帮扶工作推进会，“五老”助学帮扶团成员和各村关工小组组长共30余人参加会议。\n\n' +
        '会上，茶岭村关工小组组长汇报了今年为12名困难学生联系结对帮扶的情况。镇关工委主任要求各村在开学前把助学金送到每一名受助学生手中。\n\n' +
        '会议还研究了秋季开学“送学上门”的安排。\n',
    );
    expect(result.record.dropped).toEqual(['发布时间：2016-8-30 10:49:00 来源：青山镇关工委 浏览次数：328', '【打印本页】【关闭窗口】']);
    expectNoWordsLost(decodeEntities(decodeText(readFileSync(fixture('gbk-report.txt'))).text), result);
  });

  it('flags mojibake and truncation, and makes the entry a draft with review notes', async () => {
    const result = await run('mojibake.txt');
    const data = frontmatter(result);
    expect(data['draft']).toBe(true);
    const notes = data['reviewNotes'] as string[];
    expect(notes.some((n) => n.includes('留守??童'))).toBe(true);
    expect(notes.some((n) => n.includes('�'))).toBe(true);
    expect(notes.some((n) => n.includes('未完待续'))).toBe(true);
    expect(result.record.warnings).toEqual(expect.arrayContaining(notes));
    expectNoWordsLost(readFileSync(fixture('mojibake.txt'), 'utf8'), result);
  });

  it('reports Traditional characters, and converts them on request', async () => {
    const kept = await run('traditional.txt');
    expect(kept.record.title).toBe('河口鎮關工委舉辦“紅色故事進校園”宣講活動');
    expect(kept.record.warnings.some((w) => w.startsWith('含繁体字'))).toBe(true);
    expect(kept.record.date).toBe('2023-07-19'); // 二〇二三年七月十九日 under the signature
    expectNoWordsLost(readFileSync(fixture('traditional.txt'), 'utf8'), kept);
    const converted = await run('traditional.txt', { toSimplified: true });
    expect(converted.record.title).toBe('河口镇关工委举办“红色故事进校园”宣讲活动');
    expect(converted.record.body).toContain('为传承红色基因');
    expect(converted.record.warnings.some((w) => w.startsWith('含繁体字'))).toBe(false);
  });

  it('reads a WeChat article pasted as text', async () => {
    const result = await run('wechat-paste.txt');
    expect(result.record).toMatchObject({ title: '白沙乡“五好”基层关工委创建现场观摩会召开', date: '2023-09-12', township: 'baisha' });
    expect(result.record.dropped).toEqual([
      '原创 白沙关工 白沙乡关工委 2023-09-12 18:30 发表于湖南',
      '展开阅读全文',
      '阅读 1024 在看 12',
      '喜欢此内容的人还喜欢',
    ]);
  });

  it('flags a missing title and date and fills placeholders the schema accepts', async () => {
    const s = tempSite('ggw-import-notitle-');
    try {
      const file = s.write('note.txt', '东塘镇关工委组织五老志愿者走访荷花村留守儿童，送去学习用品，叮嘱孩子们注意安全。');
      const result = await importFile(file, { type: 'news' }, { ...ctx, ids: { news: new Set(), stories: new Set(), people: new Set() } });
      const data = frontmatter(result);
      expect(data['draft']).toBe(true);
      expect((data['reviewNotes'] as string[]).map((n) => n.slice(0, 6))).toEqual(['没有找到标题', '没有找到日期']);
      expect(data['date']).toBe('2026-11-22');
      expect(newsSchema(schemaTools).safeParse(data).success).toBe(true);
    } finally {
      s.remove();
    }
  });

  it('makes a draft with a placeholder township and a review note when no township can be found, never a refusal', async () => {
    const s = tempSite('ggw-import-noplace-');
    try {
      const file = s.write('x.txt', '五老志愿者走访留守儿童\n2023年7月19日，石门镇志愿者们送去学习用品。');
      const result = await importFile(file, { type: 'news', publish: true }, ctx);
      expect(result.error).toBeUndefined();
      expect(result.plan!.file).toMatch(/^content\/news\/2023\/2023-07-19-[a-z]/);
      expect(result.plan!.file).not.toContain('chengguan');
      const data = parse(result.plan!.markdown.split('---')[1]!) as Record<string, unknown>;
      expect(data).toMatchObject({ township: 'chengguan', draft: true });
      expect((data['reviewNotes'] as string[]).some((n) => n.includes('没有提到') && n.includes('--township'))).toBe(true);
      const given = await importFile(file, { type: 'news', township: 'hekou' }, ctx);
      expect(given.plan?.file).toMatch(/^content\/news\/2023\/2023-07-19-hekou-/);
    } finally {
      s.remove();
    }
  });

  it('prints exactly the JSON record the issue specifies', async () => {
    const record = toRecord(await run('wechat-paste.txt'));
    expect(Object.keys(record)).toEqual(['source', 'type', 'title', 'date', 'township', 'author', 'body', 'warnings', 'dropped']);
  });
});
