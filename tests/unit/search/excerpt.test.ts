import { describe, expect, it } from 'vitest';
import { highlight, makeExcerpt, matchRanges } from '@/lib/search/excerpt';
import { escapeHtml } from '@/lib/html';
import { makeCharFolder } from '@/lib/search/fold';
import { openccFoldTable } from '@/lib/search/fold-table';

const fold = makeCharFolder(openccFoldTable());

describe('search highlighting and excerpts', () => {
  it('marks the original characters of a folded match (Traditional text, Simplified query)', () => {
    expect(highlight('東塘鎮走訪留守兒童', ['留守儿童'], fold)).toBe('東塘鎮走訪<mark>留守兒童</mark>');
    expect(highlight('ＡＩ课堂', ['ai'], fold)).toBe('<mark>ＡＩ</mark>课堂');
  });

  it('marks every occurrence of every word, merging overlaps, and escapes HTML', () => {
    expect(highlight('五老<b>与</b>五老志愿者', ['五老', '老志'], fold)).toBe(
      '<mark>五老</mark>&lt;b&gt;与&lt;/b&gt;<mark>五老志</mark>愿者',
    );
    expect(matchRanges('aaaa', ['aa'], fold)).toEqual([[0, 4]]);
    expect(escapeHtml('"<&>')).toBe('&quot;&lt;&amp;&gt;');
  });

  it('cuts the text around the first match, from the start of its sentence when near', () => {
    const text = `${'前面的内容。'.repeat(20)}荷花村假日学校开学了，孩子们很高兴。${'后面的内容。'.repeat(20)}`;
    const excerpt = makeExcerpt(text, ['假日学校'], fold, 60);
    expect(excerpt.startsWith('……荷花村<mark>假日学校</mark>')).toBe(true);
    expect(excerpt.endsWith('……')).toBe(true);
    expect(excerpt.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(60 + 4);
  });

  it('shows the opening of the text when the match is only in the title', () => {
    expect(makeExcerpt('第一段。\n第二段。', ['标题词'], fold)).toBe('第一段。 第二段。');
  });
});
