// The import page's work on an upload: the same importer, the form's fields applied, the photos following the
// entry's name, and a save that writes a draft and never overwrites.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportDesk } from '@/lib/desk/import-session';
import { deskPaths } from '@/lib/desk/site';
import { FIXTURES, REPO, tempSite, type TempSite } from '../../fixtures/temp-site';

let site: TempSite;
let desk: ImportDesk;
beforeEach(() => {
  site = tempSite('ggw-desk-session-');
  desk = new ImportDesk(deskPaths({ projectRoot: REPO, contentDir: join(site.root, 'content') }));
});
afterEach(() => {
  desk.close();
  site.remove();
});

describe('ImportDesk', () => {
  it('renames the entry and its photos after a new title, date and township, and saves them as a draft', async () => {
    const view = await desk.add('东塘镇报告.docx', readFileSync(join(FIXTURES, 'township-report.docx')));
    expect(view.file).toBe('content/news/2023/2023-07-19-dongtang-shuqi-fangni.md');
    const choices = { fields: { title: '河口镇五老巡河护童', date: '2023-07-21', township: 'hekou', author: '' } };
    const review = await desk.review(view.id, choices);
    expect(review.file).toBe('content/news/2023/2023-07-21-hekou-wulao-xunhe.md');
    expect(review.markdown).toContain('cover: ./2023-07-21-hekou-wulao-xunhe.jpg');
    expect(review.markdown).toContain('](./2023-07-21-hekou-wulao-xunhe-img2.jpg)');
    expect(review.markdown).not.toContain('author:');
    const saved = await desk.save(view.id, choices);
    expect(saved.href).toBe('/admin/#/collections/news/entries/2023/2023-07-21-hekou-wulao-xunhe');
    expect(site.files().filter((f) => f.startsWith('content/news/'))).toEqual([
      'content/news/2023/2023-07-21-hekou-wulao-xunhe-img2.jpg',
      'content/news/2023/2023-07-21-hekou-wulao-xunhe.jpg',
      'content/news/2023/2023-07-21-hekou-wulao-xunhe.md',
    ]);
    const text = readFileSync(join(site.root, saved.file), 'utf8');
    expect(text).toMatch(/^---\ntitle: 河口镇五老巡河护童\ndate: 2023-07-21\ntownship: hekou\n/);
    expect(text).toContain('draft: true');
  });

  it('gives the second import of the same file the next free name, photos included', async () => {
    const bytes = readFileSync(join(FIXTURES, 'township-report.docx'));
    const first = await desk.add('a.docx', bytes);
    await desk.save(first.id, {});
    const second = await desk.add('a.docx', bytes);
    const saved = await desk.save(second.id, { fields: { title: '东塘镇关工委开展暑期防溺水安全宣传进村活动' } });
    expect(saved.file).toBe('content/news/2023/2023-07-19-dongtang-shuqi-fangni-2.md');
    expect(site.files()).toContain('content/news/2023/2023-07-19-dongtang-shuqi-fangni-2-img2.jpg');
    expect(saved.notes.join()).toContain('可能与已有稿件重复');
  });
});
