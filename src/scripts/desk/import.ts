// The import page in the browser: sends each file (or the pasted text) to /admin/api/import/…, draws the review
// (original beside the cleaned entry, dropped lines with 恢复 buttons, notes, form fields) and saves the draft.
import type { ReviewView, TownshipOption } from '../../lib/desk/import-session';

interface PageData {
  townships: TownshipOption[];
  maxUploadBytes: number;
}

const data = JSON.parse(document.getElementById('desk-data')!.textContent!) as PageData;
const reviews = document.getElementById('reviews')!;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

async function post<T>(url: string, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body, headers });
  } catch {
    throw new Error('连不上编辑台：请确认 npm run edit 的窗口还开着，然后刷新本页。');
  }
  const value = (await response.json().catch(() => ({ error: `编辑台返回了错误（${response.status}）：请刷新本页后再试。` }))) as T & {
    error?: string;
  };
  if (!response.ok) throw new Error(value.error ?? `出错了（${response.status}）`);
  return value;
}

/** Letters only: how the page matches original lines to dropped and restored texts. */
const letters = (text: string) =>
  text
    .replace(/\\(.)/g, '$1')
    .normalize('NFKC')
    .replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');

/** The entry's body drawn as an editor reads it (no Markdown signs); restored paragraphs highlighted. */
function drawBody(body: string, restoredTexts: Set<string>): HTMLElement {
  const box = el('div');
  for (const block of body.split(/\n{2,}/).filter((b) => b.trim())) {
    const plain = block.replace(/\\(.)/g, '$1');
    let node: HTMLElement;
    if (/^#{1,6}\s/.test(block)) node = el('h4', { textContent: plain.replace(/^#{1,6}\s+/, '') });
    else if (/^!\[/.test(block)) {
      const m = /^!\[([^\]]*)\]\(([^)]*)\)/.exec(block);
      node = el('p', { className: 'image', textContent: `［照片：${m?.[1] || '没有说明'}］` });
    } else if (block.startsWith('|')) {
      const rows = block.split('\n').filter((r) => !/^\|[\s:|-]+\|$/.test(r));
      node = el(
        'table',
        {},
        ...rows.map((r) =>
          el(
            'tr',
            {},
            ...r
              .replace(/^\||\|$/g, '')
              .split('|')
              .map((c) => el('td', { textContent: c.trim() })),
          ),
        ),
      );
    } else if (/^(- |\d+\. )/.test(block))
      node = el('ul', {}, ...plain.split('\n').map((l) => el('li', { textContent: l.replace(/^(- |\d+\. )/, '') })));
    else node = el('p', { textContent: plain });
    if (restoredTexts.has(letters(plain))) node.classList.add('restored');
    box.append(node);
  }
  return box;
}

interface ReviewState {
  view: ReviewView;
  restored: Set<number>;
  section: HTMLElement;
  busy: boolean;
  saved: boolean;
  form?: HTMLFormElement;
  /** Only the answer to the latest request is drawn. */
  asked: number;
}

function fieldValues(state: ReviewState) {
  const form = state.section.querySelector('form')!;
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
  return { title: value('title'), date: value('date'), township: value('township'), author: value('author') };
}

function choices(state: ReviewState) {
  const simplified = state.section.querySelector<HTMLInputElement>('input[name="toSimplified"]');
  return JSON.stringify({
    id: state.view.id,
    restored: [...state.restored],
    toSimplified: simplified?.checked ?? false,
    fields: state.section.querySelector('form') ? fieldValues(state) : {},
  });
}

async function refresh(state: ReviewState): Promise<void> {
  state.busy = true;
  const asked = ++state.asked;
  try {
    const view = await post<ReviewView>('/admin/api/import/preview/', choices(state));
    if (asked !== state.asked || state.saved) return;
    state.view = view;
    draw(state);
  } catch (error) {
    showError(state, (error as Error).message);
  } finally {
    state.busy = false;
  }
}

function showError(state: ReviewState, message: string): void {
  const box = state.section.querySelector('.save-status') ?? state.section;
  box.replaceChildren(el('p', { className: 'problem', textContent: message, role: 'alert' } as Partial<HTMLParagraphElement>));
}

async function save(state: ReviewState): Promise<void> {
  const button = state.section.querySelector<HTMLButtonElement>('.save')!;
  button.disabled = true;
  const status = state.section.querySelector('.save-status')!;
  status.replaceChildren(el('span', { textContent: '正在保存…' }));
  try {
    const saved = await post<{ file: string; href: string | null; notes: string[] }>('/admin/api/import/save/', choices(state));
    state.saved = true;
    state.section.classList.add('saved');
    state.section
      .querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')
      .forEach((b) => (b.disabled = true));
    const open = saved.href ? el('a', { href: saved.href, className: 'button', textContent: '在编辑器中打开' }) : '';
    const others = [...states].filter((s) => !s.saved && s.view.canSave).length;
    status.replaceChildren(
      el(
        'p',
        { className: 'success', role: 'status' } as Partial<HTMLParagraphElement>,
        `已保存为草稿：${saved.file}。${saved.notes.length ? `有 ${saved.notes.length} 条审核意见，处理后在编辑器里取消“草稿”即可发布。` : '在编辑器里检查后取消“草稿”即可发布。'}`,
        others ? `这一页还有 ${others} 篇没有保存。` : '正在打开编辑器…',
      ),
      open,
    );
    // The last (or only) review: go straight to the entry in the CMS.
    if (!others && saved.href) window.location.assign(saved.href);
  } catch (error) {
    button.disabled = false;
    status.replaceChildren(
      el('p', { className: 'problem', role: 'alert', textContent: (error as Error).message } as Partial<HTMLParagraphElement>),
    );
  }
}

/** The form is made once per review and kept: redrawing must not take the cursor out of a field being typed in. */
function formOf(state: ReviewState): HTMLFormElement {
  if (state.form) return state.form;
  const form = el('form', { className: 'fields' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const input = (name: string, label: string, type = 'text', wide = false) =>
    el('label', { className: wide ? 'wide' : '' }, label, el('input', { name, type }));
  const select = el(
    'select',
    { name: 'township' },
    el('option', { value: '', textContent: '（请选择）' }),
    ...data.townships.map((t) => el('option', { value: t.id, textContent: t.name })),
  );
  form.append(
    input('title', '标题', 'text', true),
    input('date', '日期', 'date'),
    el('label', {}, '乡镇（街道）', select),
    input('author', '通讯员（作者）'),
  );
  const box = el('input', { type: 'checkbox', name: 'toSimplified' });
  form.append(el('label', { className: 'wide check', hidden: true }, box, ' 繁体字转为简体（标题、正文一起转）'));
  let timer: number | undefined;
  form.addEventListener('change', () => {
    clearTimeout(timer);
    void refresh(state);
  });
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.tagName !== 'INPUT' || target.type !== 'text') return;
    clearTimeout(timer);
    timer = window.setTimeout(() => void refresh(state), 700);
  });
  state.form = form;
  return form;
}

/** Puts the entry's values into the form, except in the field the editor is typing in. */
function syncForm(state: ReviewState): void {
  const form = formOf(state);
  for (const [name, value] of Object.entries(state.view.fields)) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && field !== document.activeElement) field.value = value;
  }
  form.querySelector<HTMLElement>('label.check')!.hidden = !state.view.traditional;
}

function draw(state: ReviewState): void {
  const { view } = state;
  const section = state.section;
  const heading = el('h2', { textContent: view.name });
  const parts: (Node | string)[] = [heading];
  if (view.problem)
    parts.push(el('p', { className: 'problem', role: 'alert', textContent: view.problem } as Partial<HTMLParagraphElement>));
  if (!view.problem || view.needsTownship) {
    syncForm(state);
    parts.push(state.form!);
  }
  if (view.notes.length) {
    parts.push(
      el(
        'div',
        { className: 'notice' },
        el('strong', { textContent: `需要核对的 ${view.notes.length} 处（会写进稿件的审核意见，稿件保存为草稿）：` }),
        el('ul', { className: 'notes' }, ...view.notes.map((n) => el('li', { textContent: n }))),
      ),
    );
  }
  if (view.hints.length || view.fixes.length) {
    parts.push(
      el(
        'details',
        {},
        el('summary', { textContent: `提示和已做的修正（${view.hints.length + view.fixes.length}）` }),
        el(
          'ul',
          {},
          ...view.hints.map((h) => el('li', { textContent: h })),
          ...view.fixes.map((f) => el('li', { textContent: `已修正：${f}` })),
        ),
      ),
    );
  }
  if (view.original || view.body) {
    const droppedKeys = new Map(view.dropped.map((d) => [letters(d.text), d] as const));
    const bodyKey = letters(view.body);
    // A line of the original is shown as dropped when it is a dropped text, or a piece of one (a menu's items
    // stand on lines of their own in the original) that the entry does not contain.
    const droppedLine = (line: string) => {
      const key = letters(line);
      if (!key) return undefined;
      return droppedKeys.get(key) ?? (bodyKey.includes(key) ? undefined : view.dropped.find((d) => letters(d.text).includes(key)));
    };
    const original = el(
      'div',
      { className: 'pane original' },
      el('h3', { textContent: '原文' }),
      ...view.original
        .split('\n')
        .filter((l) => l.trim())
        .map((line) => {
          const d = droppedLine(line);
          return el('p', {
            className: d ? `dropped${d.restored ? ' restored' : ''}` : '',
            textContent: line,
            title: d ? `已去掉：${d.reason}` : '',
          });
        }),
    );
    const restoredTexts = new Set(view.dropped.filter((d) => d.restored).map((d) => letters(d.text)));
    const entry = el('div', { className: 'pane entry' }, el('h3', { textContent: '整理后的稿件' }), drawBody(view.body, restoredTexts));
    parts.push(el('div', { className: 'columns' }, original, entry));
  }
  if (view.dropped.length) {
    parts.push(el('h3', { textContent: `去掉的 ${view.dropped.length} 行（原文件不变；点“恢复”放回正文）` }));
    parts.push(
      el(
        'ul',
        { className: 'dropped-list' },
        ...view.dropped.map((d) => {
          const button = el('button', {
            type: 'button',
            className: d.restored ? 'button' : 'button secondary',
            textContent: d.restored ? '已恢复 · 撤销' : '恢复',
          });
          button.setAttribute('aria-pressed', String(d.restored));
          button.addEventListener('click', () => {
            if (state.busy) return;
            if (state.restored.has(d.index)) state.restored.delete(d.index);
            else state.restored.add(d.index);
            void refresh(state);
          });
          return el('li', {}, el('span', {}, d.text, el('span', { className: 'why', textContent: d.reason })), button);
        }),
      ),
    );
  }
  if (view.images.length) {
    const names = view.images.map((i) => `${i.file.split('/').pop()}（${i.width}×${i.height}）`).join('、');
    parts.push(
      el('p', { className: 'muted', textContent: `Word 里的照片 ${view.images.length} 张，和稿件保存在一起（第一张做封面）：${names}` }),
    );
  }
  if (view.markdown)
    parts.push(
      el(
        'details',
        {},
        el('summary', { textContent: `将保存为 ${view.file}（点开看文件内容）` }),
        el('pre', { className: 'markdown', textContent: view.markdown }),
      ),
    );
  const actions = el('div', { className: 'actions' });
  if (view.canSave) {
    const button = el('button', { type: 'button', className: 'button save', textContent: '保存为草稿' });
    button.addEventListener('click', () => void save(state));
    actions.append(button);
  }
  const remove = el('button', { type: 'button', className: 'button secondary', textContent: view.canSave ? '不导入这一篇' : '移除' });
  remove.addEventListener('click', () => {
    void post('/admin/api/import/discard/', JSON.stringify({ id: view.id })).catch(() => undefined);
    states.delete(state);
    section.remove();
  });
  actions.append(remove, el('span', { className: 'save-status', role: 'status' } as Partial<HTMLSpanElement>));
  parts.push(actions);
  // Everything around the form is redrawn; the form itself stays where it is (focus and cursor kept).
  if (state.form && state.form.parentNode === section && parts.includes(state.form)) {
    const at = parts.indexOf(state.form);
    while (section.firstChild && section.firstChild !== state.form) section.firstChild.remove();
    while (state.form.nextSibling) state.form.nextSibling.remove();
    state.form.before(...parts.slice(0, at));
    state.form.after(...parts.slice(at + 1));
  } else section.replaceChildren(...parts);
}

const states = new Set<ReviewState>();

function placeholder(name: string): HTMLElement {
  const section = el('section', { className: 'review' }, el('h2', { textContent: name }), el('p', { textContent: '正在读取和整理…' }));
  reviews.append(section);
  return section;
}

function failed(section: HTMLElement, name: string, message: string): void {
  const remove = el('button', { type: 'button', className: 'button secondary', textContent: '移除' });
  remove.addEventListener('click', () => section.remove());
  section.replaceChildren(
    el('h2', { textContent: name }),
    el('p', { className: 'problem', role: 'alert', textContent: message } as Partial<HTMLParagraphElement>),
    remove,
  );
}

async function addFile(file: File): Promise<void> {
  const section = placeholder(file.name);
  if (file.size > data.maxUploadBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    failed(
      section,
      file.name,
      `文件太大（${mb(file.size)}，最多 ${mb(data.maxUploadBytes)}）：多半是照片没有压缩，请在 Word 里点“文件 → 压缩图片”后另存，或把照片单独发送，再导入。`,
    );
    return;
  }
  try {
    const view = await post<ReviewView>('/admin/api/import/file/', file, {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
    });
    const state: ReviewState = { view, restored: new Set(), section, busy: false, saved: false, asked: 0 };
    states.add(state);
    draw(state);
  } catch (error) {
    failed(section, file.name, (error as Error).message);
  }
}

async function addFiles(files: FileList | File[]): Promise<void> {
  // One after another: the importer works a file at a time, and the machine stays responsive.
  for (const file of [...files]) await addFile(file);
}

const input = document.getElementById('files') as HTMLInputElement;
input.addEventListener('change', () => {
  if (input.files?.length) void addFiles(input.files).then(() => (input.value = ''));
});
const drop = document.getElementById('drop')!;
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer?.files.length) void addFiles(e.dataTransfer.files);
});
// A file dropped beside the box must not make the browser leave the page to show it.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => e.preventDefault());

const pasted = document.getElementById('pasted') as HTMLTextAreaElement;
document.getElementById('paste-import')!.addEventListener('click', async () => {
  const section = placeholder('粘贴的文字');
  try {
    const view = await post<ReviewView>('/admin/api/import/text/', JSON.stringify({ text: pasted.value }));
    const state: ReviewState = { view, restored: new Set(), section, busy: false, saved: false, asked: 0 };
    states.add(state);
    draw(state);
    pasted.value = '';
  } catch (error) {
    failed(section, '粘贴的文字', (error as Error).message);
  }
});
