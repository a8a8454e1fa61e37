import { describe, expect, it } from 'vitest';
import { foldAligned, foldText, makeCharFolder, parseFoldTable, serialiseFoldTable } from '@/lib/search/fold';
import { openccFoldTable } from '@/lib/search/fold-table';

const fold = makeCharFolder(openccFoldTable());

describe('search folding: one form for Simplified and Traditional, full and half width', () => {
  it('folds Traditional characters to Simplified, per character', () => {
    expect(foldText('留守兒童', fold)).toBe('留守儿童');
    expect(foldText('關工委', fold)).toBe('关工委');
    expect(foldText('紅軍橋', fold)).toBe('红军桥');
    expect(foldText('輔導站', fold)).toBe('辅导站');
    expect(foldText('鶴城', fold)).toBe('鹤城');
    // Taiwan and Hong Kong variant forms too.
    expect(foldText('臺灣', fold)).toBe('台湾');
    expect(foldText('衞生', fold)).toBe('卫生');
  });

  it('leaves Simplified text as it is (folding is idempotent)', () => {
    const text = '桐川县关心下一代工作委员会召开留守儿童关爱工作会议';
    expect(foldText(text, fold)).toBe(text);
    expect(foldText(foldText('關心下一代', fold), fold)).toBe(foldText('關心下一代', fold));
  });

  it('folds full-width letters, digits and spaces to half width and Latin to lower case', () => {
    expect(foldText('２０２５年', fold)).toBe('2025年');
    expect(foldText('ＡＩ课堂', fold)).toBe('ai课堂');
    expect(foldText('App　WiFi', fold)).toBe('app wifi');
  });

  it('treats punctuation, symbols and broken characters as word separators', () => {
    expect(foldText('“五老”志愿者，走进校园。', fold)).toBe('五老 志愿者 走进校园');
    expect(foldText('关工委�?小组', fold)).toBe('关工委 小组');
    expect(foldText('  \n留守儿童\t ', fold)).toBe('留守儿童');
    expect(foldText('《关工动态》2025年第3期', fold)).toBe('关工动态 2025年第3期');
  });

  it('keeps 〇 (a number) and folds circled numbers to digits', () => {
    expect(foldText('二〇二五年', fold)).toBe('二〇二五年');
    expect(foldText('①号', fold)).toBe('1号');
  });

  it('maps every folded character back to the original text, for highlighting', () => {
    const original = '留守兒童，ＡＩ課堂';
    const { text, from, to } = foldAligned(original, fold);
    expect(text).toBe('留守儿童 ai课堂');
    const at = text.indexOf('儿童');
    expect(original.slice(from[at]!, to[at + 1]!)).toBe('兒童');
    const ai = text.indexOf('ai');
    expect(original.slice(from[ai]!, to[ai + 1]!)).toBe('ＡＩ');
  });

  it('round-trips the table shipped to the browser', () => {
    const table = new Map([
      [0x5152, '儿'],
      [0x95dc, '关'],
      [0x2a6d6, '𪚥'],
    ]);
    expect([...parseFoldTable(serialiseFoldTable(table))]).toEqual([...table]);
    expect(parseFoldTable('').size).toBe(0);
  });
});
