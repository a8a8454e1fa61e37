import { describe, expect, it } from 'vitest';
import { applyFields, restoreDropped } from '@/lib/desk/review';
import { cmsEntryHref, deskPaths, siteRootOf } from '@/lib/desk/site';

const ORIGINAL = [
  '河口镇关工委开展宣讲活动',
  '　　2025年10月21日，河口镇关工委组织宣讲团走进河口中心小学。',
  '分享到：微信 朋友圈',
  '　　老党员王德明讲述了修建水库的岁月。',
  '阅读次数：256',
  '　　宣讲结束后，孩子们纷纷表示要好好学习。',
  '版权所有：河口镇人民政府',
].join('\n');
const BODY =
  '2025年10月21日，河口镇关工委组织宣讲团走进河口中心小学。\n\n老党员王德明讲述了修建水库的岁月。\n\n宣讲结束后，孩子们纷纷表示要好好学习。\n';
const DROPPED = ['分享到：微信 朋友圈', '阅读次数：256', '版权所有：河口镇人民政府'];

describe('restoreDropped', () => {
  it('puts a dropped line back after the body text that preceded it in the original', () => {
    expect(restoreDropped(BODY, ORIGINAL, DROPPED, [1])).toBe(
      '2025年10月21日，河口镇关工委组织宣讲团走进河口中心小学。\n\n老党员王德明讲述了修建水库的岁月。\n\n阅读次数：256\n\n宣讲结束后，孩子们纷纷表示要好好学习。\n',
    );
  });

  it('restores several lines in their original order, the last one at the end', () => {
    const out = restoreDropped(BODY, ORIGINAL, DROPPED, [2, 0]);
    const blocks = out.trim().split('\n\n');
    expect(blocks).toEqual([
      '2025年10月21日，河口镇关工委组织宣讲团走进河口中心小学。',
      '分享到：微信 朋友圈',
      '老党员王德明讲述了修建水库的岁月。',
      '宣讲结束后，孩子们纷纷表示要好好学习。',
      '版权所有：河口镇人民政府',
    ]);
  });

  it('goes before the first paragraph when nothing of the body stood before it', () => {
    const out = restoreDropped(BODY, `通讯员 陈立新\n${ORIGINAL}`, ['通讯员 陈立新'], [0]);
    expect(out.startsWith('通讯员 陈立新\n\n2025年10月21日')).toBe(true);
  });

  it('matches the original through cleaning (full-width spaces, entities turned to characters, Markdown escapes)', () => {
    const body = '## 一、讲案例\n\n活动中，退休教师李秀英讲解\\*六不\\*常识。\n';
    const original = '一、讲案例\n点击查看更多>>\n活动中，退休教师李秀英讲解*六不*常识。';
    expect(restoreDropped(body, original, ['点击查看更多>>'], [0])).toBe(
      '## 一、讲案例\n\n点击查看更多>>\n\n活动中，退休教师李秀英讲解\\*六不\\*常识。\n',
    );
  });

  it('keeps restored text literal: a line that looks like Markdown is escaped', () => {
    expect(restoreDropped('正文。\n', '正文。\n# 相关阅读', ['# 相关阅读'], [0])).toBe('正文。\n\n\\# 相关阅读\n');
  });

  it('returns the body unchanged when nothing is restored or the index is unknown', () => {
    expect(restoreDropped(BODY, ORIGINAL, DROPPED, [])).toBe(BODY);
    expect(restoreDropped(BODY, ORIGINAL, DROPPED, [7, -1])).toBe(BODY);
  });
});

describe('applyFields', () => {
  const entry =
    '---\ntitle: 旧标题\ndate: 2025-10-21\ntownship: hekou\nsource: 河口镇\ntopics: [宣讲]\nreviewNotes: [原文可能不完整]\n---\n正文。\n';

  it('sets the title and author where they belong and always marks the entry a draft before its review notes', () => {
    expect(applyFields(entry, { title: '新标题: 河口镇', author: '李明' })).toBe(
      '---\ntitle: "新标题: 河口镇"\ndate: 2025-10-21\ntownship: hekou\nauthor: 李明\nsource: 河口镇\ntopics: [宣讲]\ndraft: true\nreviewNotes: [原文可能不完整]\n---\n正文。\n',
    );
  });

  it('removes an author emptied in the form, keeps the title when the form has none', () => {
    const withAuthor = entry.replace('source:', 'author: 陈立新\nsource:');
    const out = applyFields(withAuthor, { title: '  ', author: '' });
    expect(out).toContain('title: 旧标题\n');
    expect(out).not.toContain('author');
  });
});

describe('desk paths and CMS links', () => {
  it('finds the root that src/lib functions need for a content folder elsewhere', () => {
    expect(siteRootOf('/tmp/site/content', 'content')).toBe('/tmp/site');
    expect(siteRootOf('/data/county/content', '/data/county/content')).toBe('/data/county/content');
    expect(() => siteRootOf('/tmp/site/stuff', 'content')).toThrow(/不是 content/);
  });

  it('links an entry file to its Sveltia CMS address (path inside the collection, no extension, segments encoded)', () => {
    const paths = deskPaths({ projectRoot: '/tmp/p', contentDir: '/tmp/site/content' });
    expect(cmsEntryHref(paths, 'content/news/2025/2025-11-05-x.md')).toBe('/admin/#/collections/news/entries/2025/2025-11-05-x');
    expect(cmsEntryHref(paths, '/tmp/site/content/stories/2025-07-jiari/index.md')).toBe(
      '/admin/#/collections/stories/entries/2025-07-jiari/index',
    );
    expect(cmsEntryHref(paths, 'content/people/李 四.md')).toBe('/admin/#/collections/people/entries/%E6%9D%8E%20%E5%9B%9B');
    expect(cmsEntryHref(paths, 'content/site.yaml')).toBeNull();
  });
});
