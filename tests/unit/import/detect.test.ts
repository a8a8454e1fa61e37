import { describe, expect, it } from 'vitest';
import { readPlaceRegistry } from '@/lib/content/files';
import { decodeText } from '@/lib/import/encoding';
import { chineseNumber, dateFromFileName, findDates } from '@/lib/import/find-dates';
import { findMeta, findTitle, guessPlace, readMetaLine } from '@/lib/import/meta';
import { encodeGbk } from '../../fixtures/import/make-fixtures';
import { REPO } from '../../fixtures/temp-site';

const places = readPlaceRegistry(REPO);

describe('decoding text files', () => {
  const text = '东塘镇关工委：关爱留守儿童。';
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8', bom: false });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({ text, encoding: 'utf-8', bom: true });
  });
  it('reads UTF-16 with a BOM, and without one when ASCII shows the byte order', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
    const plain = '2023-07-19 东塘镇 report 1 2 3\r\n';
    expect(decodeText(Buffer.from(plain, 'utf16le'))).toMatchObject({ text: plain, encoding: 'utf-16le' });
    const be = Buffer.from(plain, 'utf16le').swap16();
    expect(decodeText(be)).toMatchObject({ text: plain, encoding: 'utf-16be' });
  });
  it('reads GBK', () => {
    expect(decodeText(encodeGbk(text))).toEqual({ text, encoding: 'gb18030', bom: false });
  });
  it('reads Big5 (Traditional) when the bytes are not GB 2312', () => {
    const big5 = Buffer.from([0xc3, 0xf6, 0xa4, 0xdf, 0xa4, 0x55, 0xa4, 0x40, 0xa5, 0x4e]); // 關心下一代
    expect(decodeText(big5)).toMatchObject({ text: '關心下一代', encoding: 'big5' });
  });
});

describe('dates as submissions write them', () => {
  it.each([
    ['2016-8-30', '2016-08-30'],
    ['发布时间：2016-08-30 10:49:00', '2016-08-30'],
    ['2016/8/30', '2016-08-30'],
    ['2016.08.30', '2016-08-30'],
    ['2023年7月19日', '2023-07-19'],
    ['2023 年 7 月 19 日上午', '2023-07-19'],
    ['二〇二三年七月十九日', '2023-07-19'],
    ['二○二三年十二月三十一日', '2023-12-31'],
    ['２０２３年７月１９日', '2023-07-19'],
  ])('%s → %s', (text, date) => {
    expect(findDates(text)[0]).toMatchObject({ date, precision: 'day' });
  });
  it('knows a month-only date for what it is', () => {
    expect(findDates('二〇二三年七月')[0]).toMatchObject({ date: '2023-07-01', precision: 'month' });
  });
  it('rejects dates that do not exist', () => {
    expect(findDates('2023-02-30 与 2023年13月1日')).toEqual([]);
  });
  it('reads Chinese numbers', () => {
    expect([chineseNumber('七'), chineseNumber('十'), chineseNumber('十九'), chineseNumber('二十一'), chineseNumber('三十')]).toEqual([
      7, 10, 19, 21, 30,
    ]);
  });
  it('finds a date in a file name', () => {
    expect(dateFromFileName('20230719东塘镇防溺水.docx')).toBe('2023-07-19');
    expect(dateFromFileName('2023-7-19 东塘镇.docx')).toBe('2023-07-19');
    expect(dateFromFileName('东塘镇.docx')).toBeNull();
  });
});

describe('facts found in the text', () => {
  it('reads a page-information line', () => {
    expect(readMetaLine('发布时间：2016-8-30 10:49:00　　来源：青山镇关工委　　浏览次数：328')).toMatchObject({
      date: { date: '2016-08-30' },
      dateLabelled: true,
      source: '青山镇关工委',
    });
    expect(readMetaLine('（通讯员 陈立新 王明）')).toEqual({ author: '陈立新、王明' });
    expect(readMetaLine('文/吴丽')).toEqual({ author: '吴丽' });
    // A credits line at the end names the writer (and is no sentence cut short).
    expect(readMetaLine('文字：李婷　图片：街道关工委')).toEqual({ author: '李婷' });
    expect(readMetaLine('撰文：周小兰　摄影：陈思远')).toEqual({ author: '周小兰' });
    expect(readMetaLine('（东塘镇关工委供稿）')).toEqual({ source: '东塘镇关工委' });
    expect(readMetaLine('原创 白沙关工 2023-09-12 18:30 发表于湖南')).toMatchObject({ date: { date: '2023-09-12' } });
    expect(readMetaLine('2023年7月19日上午，东塘镇关工委组织志愿者走进荷花村。')).toBeNull();
  });
  it('takes the first short line as the title and removes it from the body', () => {
    const result = findTitle([
      { kind: 'para', text: '青山镇关工委召开推进会' },
      { kind: 'para', text: '会议强调了三件事。' },
    ]);
    expect(result.title).toBe('青山镇关工委召开推进会');
    expect(result.blocks).toHaveLength(1);
  });
  it('finds no title in text that starts with a sentence', () => {
    expect(findTitle([{ kind: 'para', text: '8月29日，青山镇关工委召开推进会。' }]).title).toBeNull();
  });
  it('prefers a labelled date to a date in the text, and reports the lines it used', () => {
    const meta = findMeta([
      { kind: 'para', text: '来源：东塘镇关工委' },
      { kind: 'para', text: '2023年7月18日，东塘镇关工委……。' },
      { kind: 'para', text: '发布日期：2023-07-19' },
    ]);
    expect(meta).toMatchObject({ date: { date: '2023-07-19' }, dateFrom: 'label', source: '东塘镇关工委' });
    expect(meta.dropped.map((d) => d.text)).toEqual(['来源：东塘镇关工委', '发布日期：2023-07-19']);
  });
  it('finds the township the title names, and a village that belongs to only one township', () => {
    expect(guessPlace('东塘镇关工委开展防溺水宣传', '', places).township?.id).toBe('dongtang');
    expect(guessPlace('五老走访留守儿童', '志愿者来到荷花村。', places).township?.id).toBe('dongtang');
    // 新发村 exists in three townships: it says nothing on its own.
    expect(guessPlace('走访新发村', '', places).township).toBeNull();
  });
});
