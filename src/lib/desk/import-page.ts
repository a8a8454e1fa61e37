// /admin/import/: drop or choose files, or paste text; each becomes a review (src/scripts/desk/import.ts draws it).
import { SUPPORTED_EXTENSIONS } from '../import/import';
import { escapeHtml } from '../html';
import { deskPage } from './pages';
import type { TownshipOption } from './import-session';

const STYLE = `
.drop { border: 3px dashed #8c8c8c; border-radius: 10px; padding: 1.5rem; text-align: center; background: var(--soft); }
.drop.over { border-color: var(--accent); background: #fbeaea; }
.drop p { margin: 0.3rem 0; }
.paste { margin-top: 1rem; }
.paste textarea { width: 100%; min-height: 7rem; padding: 0.6rem; border: 2px solid var(--line); border-radius: 6px; }
.review { border: 2px solid var(--line); border-radius: 10px; padding: 1rem 1.2rem; margin: 1.5rem 0; }
.review > h2 { margin-top: 0; }
.review.saved { border-color: var(--ok); }
.fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.8rem 1.2rem; margin: 0.8rem 0; }
.fields label { display: flex; flex-direction: column; font-weight: bold; }
.fields label.wide { grid-column: 1 / -1; }
.fields label.check { flex-direction: row; align-items: center; gap: 0.5rem; font-weight: normal; }
.fields label.check input { min-height: 0; width: 1.4rem; height: 1.4rem; }
.fields input, .fields select { min-height: 48px; padding: 0.3rem 0.6rem; border: 2px solid var(--line); border-radius: 6px; font-weight: normal; background: #fff; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
.pane { border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 1rem; max-height: 34rem; overflow: auto; background: #fff; }
.pane h3 { margin-top: 0; position: sticky; top: -0.6rem; background: #fff; padding: 0.3rem 0; }
.original p { margin: 0.3rem 0; white-space: pre-wrap; }
.original p.dropped { color: #7a7a7a; text-decoration: line-through; }
.original p.dropped.restored { color: var(--ok); text-decoration: none; }
.entry p, .entry li { margin: 0.4rem 0; }
.entry .restored { background: #e8f5ec; outline: 2px solid #9fd3ae; }
.entry .image { color: var(--muted); font-style: italic; }
.entry table { border-collapse: collapse; } .entry td { border: 1px solid var(--line); padding: 0.1rem 0.5rem; }
.dropped-list { list-style: none; padding: 0; }
.dropped-list li { display: flex; gap: 1rem; align-items: center; justify-content: space-between; border-bottom: 1px solid #e2e2e2; padding: 0.4rem 0; }
.dropped-list .why { color: var(--muted); font-size: 0.85rem; display: block; }
.dropped-list button { min-height: 44px; min-width: 7.5rem; }
.actions { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin-top: 1rem; }
details { margin: 0.6rem 0; } summary { cursor: pointer; }
pre.markdown { white-space: pre-wrap; background: var(--soft); padding: 0.6rem; border-radius: 6px; font-size: 0.85rem; }
`;

export function importPage(townships: TownshipOption[], maxUploadBytes: number, error?: string): string {
  const accept = SUPPORTED_EXTENSIONS.join(',');
  const body = `
<h1>导入稿件</h1>
<p class="lead">把乡镇报来的 Word 文件、网页或文字变成网站上的工作动态。原文件不会被改动；去掉的每一行都列在下面，点一下就能恢复。</p>
${error ? `<p class="problem" role="alert">${escapeHtml(error)}</p>` : ''}
<div class="drop" id="drop">
  <p><strong>把文件拖到这里</strong>（可以一次拖几个）</p>
  <p>或者 <label class="button" for="files">选择文件</label></p>
  <input id="files" type="file" multiple accept="${accept}" hidden>
  <p class="muted">可以导入 Word 文档（.docx）、网页（.html）、文本（.txt）和 Markdown（.md），每个文件不超过 ${Math.round(maxUploadBytes / 1024 / 1024)} MB。</p>
</div>
<div class="paste">
  <label for="pasted"><strong>或者把文字粘贴在这里</strong>（从微信、网页或 PDF 复制的都可以）：</label>
  <textarea id="pasted" placeholder="第一行写标题，下面是正文"></textarea>
  <button type="button" class="button secondary" id="paste-import">导入粘贴的文字</button>
</div>
<div id="reviews" aria-live="polite"></div>
`;
  return deskPage({
    title: '导入稿件',
    current: '/admin/import/',
    body,
    style: STYLE,
    script: '/admin/desk/import.js',
    data: { townships, maxUploadBytes },
  });
}
