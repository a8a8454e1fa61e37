// The search page (/search/): reads and writes the query and filters in the URL, searches as the reader types
// (a word committed by an input method at once, letters after a pause, never mid-composition) and on Enter,
// renders results, filter counts, an empty state and "加载更多", and keeps screen readers informed. All
// searching goes through <base>/search/api.js.
import { CONTENT_KINDS, KIND_DISPLAY_LABELS, type ContentKind } from '../../lib/content-kinds';

interface ApiResult {
  url: string;
  title: string;
  titleHtml: string;
  type: string;
  typeLabel: string;
  township: string;
  date: string;
  dateText: string;
  excerpt: string;
}
interface ApiResponse {
  total: number;
  results: ApiResult[];
  facets: { type: Record<string, number>; township: Record<string, number>; year: Record<string, number> };
  words: string[];
  truncated: boolean;
}
interface Api {
  search(
    query: string,
    options: { filters?: Record<string, string>; sort?: string; limit?: number; offset?: number },
  ): Promise<ApiResponse>;
  preload(): Promise<void>;
}

type FacetName = 'type' | 'township' | 'year';
const FACETS: FacetName[] = ['type', 'township', 'year'];
/** Ten results at a time: big text on a phone, and half the page texts to fetch before the first results show. */
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 120;
/** Show the progress indicator only for searches slower than this, so fast ones do not flicker. */
const PROGRESS_DELAY_MS = 150;

interface State {
  q: string;
  sort: 'relevance' | 'newest';
  filters: Partial<Record<FacetName, string>>;
}

function readUrl(): State {
  const p = new URLSearchParams(location.search);
  const filters: State['filters'] = {};
  for (const f of FACETS) {
    const v = p.get(f)?.trim();
    if (v) filters[f] = v;
  }
  return { q: (p.get('q') ?? '').trim(), sort: p.get('sort') === 'newest' ? 'newest' : 'relevance', filters };
}

function urlOf(path: string, s: State): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) if (s.filters[f]) p.set(f, s.filters[f]!);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  const qs = p.toString();
  return qs ? `${path}?${qs}` : path;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function initSearchPage(): void {
  const found = document.querySelector<HTMLElement>('[data-search-app]');
  const formEl = document.querySelector<HTMLFormElement>('[data-search-form]');
  const inputEl = document.querySelector<HTMLInputElement>('#search-q');
  if (!found || !formEl || !inputEl) return;
  const app: HTMLElement = found;
  const form: HTMLFormElement = formEl;
  const input: HTMLInputElement = inputEl;
  const $ = <T extends Element>(sel: string) => app.querySelector<T>(sel)!;
  const status = $<HTMLElement>('[data-search-status]');
  const progress = $<HTMLElement>('[data-search-progress]');
  const progressText = $<HTMLElement>('[data-search-progress-text]');
  const controls = $<HTMLElement>('[data-search-controls]');
  const examples = $<HTMLElement>('[data-search-examples]');
  const list = $<HTMLOListElement>('[data-search-results]');
  const heading = $<HTMLElement>('[data-search-results-heading]');
  const empty = $<HTMLElement>('[data-search-empty]');
  const emptyTitle = $<HTMLElement>('[data-search-empty-title]');
  const emptyFilters = $<HTMLElement>('[data-search-empty-filters]');
  const more = $<HTMLButtonElement>('[data-search-more]');
  const searchPath = app.dataset['searchPath'] ?? location.pathname;
  const townshipOrder = JSON.parse(app.dataset['townships'] ?? '[]') as string[];

  let state = readUrl();
  let shown = 0;
  let total = 0;
  let generation = 0;
  /** The query whose search failed last (typing it again tries again). */
  let failedQuery: string | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let api: Promise<Api> | undefined;
  const loadApi = () => {
    api ??= import(/* @vite-ignore */ new URL(app.dataset['api'] ?? '/search/api.js', location.href).href) as Promise<Api>;
    api.catch(() => (api = undefined));
    return api;
  };

  const setStatus = (text: string) => {
    // Re-setting the same text is not announced again; the zero-width change makes it a new message.
    status.textContent = status.textContent === text ? `${text}\u200b` : text;
  };

  const filterOptions = (): Record<string, string> => {
    const f: Record<string, string> = {};
    for (const k of FACETS) if (state.filters[k]) f[k] = state.filters[k]!;
    return f;
  };

  function renderFacet(name: FacetName, counts: Record<string, number>) {
    const box = app.querySelector<HTMLElement>(`[data-facet="${name}"] [data-facet-options]`)!;
    const selected = state.filters[name] ?? '';
    let values = Object.keys(counts);
    if (name === 'type') values = CONTENT_KINDS.filter((t) => counts[t] !== undefined);
    else if (name === 'township')
      values.sort((a, b) => (townshipOrder.indexOf(a) + 1 || 999) - (townshipOrder.indexOf(b) + 1 || 999) || a.localeCompare(b, 'zh-CN'));
    else values.sort((a, b) => Number(b) - Number(a));
    if (selected && !values.includes(selected)) values.unshift(selected);
    box.replaceChildren();
    const option = (value: string, label: string, count?: number) => {
      const wrap = el('label', { class: 'search-chip' });
      const radio = el('input', { type: 'radio', name: `facet-${name}`, value });
      radio.checked = value === selected;
      const span = el('span', {}, label);
      if (count !== undefined) span.append(el('small', {}, `(${count})`));
      wrap.append(radio, span);
      box.append(wrap);
    };
    option('', '全部');
    for (const v of values)
      option(v, name === 'type' ? (KIND_DISPLAY_LABELS[v as ContentKind] ?? v) : name === 'year' ? `${v}年` : v, counts[v] ?? 0);
    const details = app.querySelector<HTMLDetailsElement>(`[data-facet-details="${name}"]`);
    if (details) {
      details.querySelector('[data-facet-current]')!.textContent = selected || '全部';
      if (selected) details.open = true;
    }
    app.querySelector<HTMLElement>(`[data-facet="${name}"]`)!.closest<HTMLElement>('.search-facet')!.hidden =
      values.length === 0 && !selected;
  }

  function renderResult(r: ApiResult): HTMLLIElement {
    const li = el('li', { class: 'teaser search-result' });
    const h = el('h3', { class: 'teaser__title' });
    const a = el('a', { href: r.url });
    const label = el('span', { class: 'kind-label' }, r.typeLabel);
    const title = el('span');
    title.innerHTML = r.titleHtml; // escaped by the API, with <mark> around matches
    a.append(label, title);
    h.append(a);
    const meta = el('p', { class: 'meta' });
    if (r.date) meta.append(el('time', { datetime: r.date }, r.dateText));
    if (r.township) meta.append(el('span', {}, r.township));
    const excerpt = el('p', { class: 'teaser__summary' });
    excerpt.innerHTML = r.excerpt; // escaped by the API, with <mark> around matches
    li.append(h);
    if (meta.childNodes.length) li.append(meta);
    if (r.excerpt) li.append(excerpt);
    return li;
  }

  function syncInputs() {
    if (document.activeElement !== input) input.value = state.q;
    for (const radio of app.querySelectorAll<HTMLInputElement>('input[name="sort"]')) radio.checked = radio.value === state.sort;
  }

  function writeUrl(push: boolean) {
    const url = urlOf(searchPath, state);
    if (url === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState']({ search: true }, '', url);
  }

  async function run(append = false) {
    const mine = ++generation;
    const q = state.q;
    document.title = q
      ? `“${q}”的搜索结果 - ${document.title.split(' - ').pop()}`
      : document.title.replace(/^“.*”的搜索结果 - /, '搜索 - ');
    if (!q) {
      list.replaceChildren();
      heading.hidden = true;
      controls.hidden = true;
      empty.hidden = true;
      more.hidden = true;
      examples.hidden = false;
      progress.hidden = true;
      status.textContent = '';
      app.dataset['rendered'] = urlOf(searchPath, state);
      return;
    }
    examples.hidden = true;
    const slow = setTimeout(() => {
      if (mine !== generation) return;
      progress.hidden = false;
      progressText.textContent = api ? '正在搜索……' : '正在加载搜索（第一次需要几秒钟）……';
      app.setAttribute('aria-busy', 'true');
    }, PROGRESS_DELAY_MS);
    try {
      const search = await loadApi();
      const offset = append ? shown : 0;
      const response = await search.search(q, { filters: filterOptions(), sort: state.sort, limit: PAGE_SIZE, offset });
      if (mine !== generation) return;
      failedQuery = undefined;
      total = response.total;
      const firstNew = append ? list.children.length : 0;
      if (!append) list.replaceChildren();
      for (const r of response.results) list.append(renderResult(r));
      shown = offset + response.results.length;
      heading.hidden = total === 0;
      controls.hidden = total === 0 && !Object.keys(state.filters).length;
      for (const f of FACETS) renderFacet(f, response.facets[f]);
      empty.hidden = total > 0;
      if (total === 0) {
        emptyTitle.textContent = `没有找到包含“${q}”的内容${Object.keys(state.filters).length ? '（在当前筛选条件下）' : ''}。`;
        emptyFilters.hidden = !Object.keys(state.filters).length;
      }
      more.hidden = shown >= total;
      // For tests and tools: which address the results on screen belong to.
      app.dataset['rendered'] = urlOf(searchPath, state);
      more.textContent = `加载更多（还有 ${total - shown} 条）`;
      const note = response.truncated ? '（搜索词太长，只用了前面一部分）' : '';
      if (append) {
        setStatus(`又显示了 ${response.results.length} 条，共找到 ${total} 条结果`);
        list.children[firstNew]?.querySelector('a')?.focus();
      } else setStatus(total ? `找到 ${total} 条结果${note}` : `没有找到结果${note}`);
    } catch (err) {
      if (mine !== generation) return;
      console.error(err);
      failedQuery = q;
      setStatus('搜索暂时无法使用，请稍后再试，或按专题、乡镇浏览。');
      app.dataset['rendered'] = urlOf(searchPath, state);
    } finally {
      clearTimeout(slow);
      if (mine === generation) {
        progress.hidden = true;
        app.removeAttribute('aria-busy');
      }
    }
  }

  function update(next: Partial<State>, push: boolean) {
    state = { ...state, ...next };
    syncInputs();
    writeUrl(push);
    void run();
  }

  // Letters and digits typed key by key are searched when the typing pauses. A word committed by an input method
  // (how Chinese is typed) is searched at once: the reader has finished it. Never in the middle of a composition.
  const searchInput = () => {
    clearTimeout(debounce);
    const q = input.value.trim();
    // Some browsers send an input event after the commit: nothing new to search then (unless it had failed).
    if (q !== state.q || q === failedQuery) update({ q }, false);
  };
  input.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return;
    clearTimeout(debounce);
    debounce = setTimeout(searchInput, DEBOUNCE_MS);
  });
  // A pause in typing that ends in a composition is not a finished query.
  input.addEventListener('compositionstart', () => clearTimeout(debounce));
  input.addEventListener('compositionend', searchInput);
  input.addEventListener(
    'focus',
    () =>
      void loadApi()
        .then((a) => a.preload())
        .catch(() => {}),
    { once: true },
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(debounce);
    update({ q: input.value.trim() }, true);
  });
  app.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name === 'sort') update({ sort: target.value === 'newest' ? 'newest' : 'relevance' }, true);
    else if (target.name.startsWith('facet-')) {
      const name = target.name.slice('facet-'.length) as FacetName;
      const filters = { ...state.filters };
      if (target.value) filters[name] = target.value;
      else delete filters[name];
      update({ filters }, true);
    }
  });
  $<HTMLButtonElement>('[data-search-clear]').addEventListener('click', () => {
    update({ filters: {} }, true);
    input.focus();
  });
  more.addEventListener('click', () => void run(true));
  window.addEventListener('popstate', () => {
    state = readUrl();
    syncInputs();
    void run();
  });

  syncInputs();
  void run();
}
