// `npm run import`: a submission (.docx, .html/.htm, .txt, .md) → a clean entry, with a report of everything
// changed, dropped and flagged. Nothing here prints or exits; scripts/import.ts does that.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { entryIdFromPath, readPlaceRegistry, readSiteConfig, contentPath } from '../content/files';
import { collectionFiles, readRawEntry } from '../content/scan';
import { todayInChina, toPlainDate, type PlainDate } from '../dates';
import type { PlaceRegistry, Township } from '../places';
import { findMojibake, findTruncation, MOJIBAKE_LABELS } from '../text/problems';
import { findTraditional, toSimplified, traditionalToSimplified } from '../text/traditional';
import { normaliseTitle, similarTitles } from '../text/titles';
import { blockText, mapBlockText, type Block, type Dropped, type DropReason } from './blocks';
import { boilerplateReason, dropBoilerplate, stripControlCharacters } from './clean';
import { fetchImage } from './fetch-image';
import { dateFromFileName } from './find-dates';
import { prepareImage, MAX_IMAGE_SIDE, type PreparedImage } from './images';
import { blocksToMarkdown } from './markdown';
import { findMeta, guessPlace, readMetaLine, type MetaResult } from './meta';
import { COLLECTION_OF, planEntry } from './plan';
import { LEGACY_WORD_EXTENSIONS, readSubmission, type Submission } from './read';
import { chooseTitle } from './title';
import type { PlannedFile } from '../content/write';

export const ENTRY_TYPES = ['news', 'story', 'person'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
export const SUPPORTED_EXTENSIONS = ['.docx', '.html', '.htm', '.txt', '.md'] as const;
/** More blocks than this is not a news item or a profile (and would make a page nobody can edit). */
export const MAX_BLOCKS = 5000;

export interface ImportOptions {
  type: EntryType;
  /** Township id for every input (else found in the text). */
  township?: string | undefined;
  /** Date for every input (else found in the text). */
  date?: string | undefined;
  toSimplified?: boolean | undefined;
  /** false: refuse when the file name is taken instead of picking a free one. */
  rename?: boolean | undefined;
  maxImageSide?: number | undefined;
  /** Publish at once (draft: false) when nothing needs a human; without it every import is a draft. */
  publish?: boolean | undefined;
  /** Download web images (WeChat's data-src) instead of listing their addresses in a review note. */
  fetchImages?: boolean | undefined;
  /** Limits for --fetch-images (tests make them small). */
  imageFetch?: { timeoutMs?: number; maxBytes?: number } | undefined;
}

export interface ExistingEntry {
  collection: 'news' | 'stories' | 'people';
  id: string;
  file: string;
  title: string;
  date?: string | undefined;
}

export interface ImportContext {
  root: string;
  places: PlaceRegistry;
  county: string;
  today: PlainDate;
  existing: ExistingEntry[];
  /** Ids taken in each collection, including the ones this batch has planned. */
  ids: Record<'news' | 'stories' | 'people', Set<string>>;
  /** Topic names already used on the site: an import offers the ones its text mentions. */
  topics: string[];
}

/** Reads what an import needs to know about the site: places, county, the entries already there. */
export function loadImportContext(root: string, today = todayInChina()): ImportContext {
  const site = readSiteConfig(root);
  const places = readPlaceRegistry(root);
  const existing: ExistingEntry[] = [];
  const topics = new Set<string>();
  const ids = { news: new Set<string>(), stories: new Set<string>(), people: new Set<string>() };
  for (const collection of ['news', 'stories', 'people'] as const) {
    for (const path of collectionFiles(root, collection)) {
      const id = entryIdFromPath(relative(contentPath(root, collection), path));
      ids[collection].add(id);
      const raw = readRawEntry(root, collection, path);
      const title = String(raw.data['title'] ?? raw.data['name'] ?? '');
      const date = toPlainDate(raw.data['date']) ?? undefined;
      existing.push({ collection, id, file: raw.file, title, date });
      if (Array.isArray(raw.data['topics'])) for (const t of raw.data['topics']) if (typeof t === 'string') topics.add(t);
    }
  }
  return { root, places, county: site.county, today, existing, ids, topics: [...topics] };
}

/**
 * Files and folders → the supported files inside, sorted; Word lock files (~$…) and hidden files skipped.
 * Symbolic links inside a folder are never followed (they may lead outside it, or round in a loop), and a file
 * named twice (directly and through its folder) is planned once.
 */
export function expandInputs(inputs: string[], cwd = process.cwd()): { files: string[]; skipped: string[] } {
  const files: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const known = [...SUPPORTED_EXTENSIONS, ...LEGACY_WORD_EXTENSIONS] as readonly string[];
  const visit = (path: string, explicit: boolean) => {
    const abs = resolve(cwd, path);
    let stat;
    try {
      stat = lstatSync(abs);
    } catch {
      skipped.push(`${path}（找不到这个文件）`);
      return;
    }
    // A link named on the command line is what the editor asked for; a link met inside a folder is not followed
    // (it may lead outside the folder, or round in a loop).
    if (stat.isSymbolicLink()) {
      if (!explicit) {
        skipped.push(`${path}（是符号链接，不跟随；需要时请直接给出它指向的文件）`);
        return;
      }
      try {
        stat = statSync(abs);
      } catch {
        skipped.push(`${path}（符号链接指向的文件不存在）`);
        return;
      }
    }
    const real = realpathSync(abs);
    if (seen.has(real)) {
      if (explicit) skipped.push(`${path}（重复：本批已经包含这个文件）`);
      return;
    }
    seen.add(real);
    if (stat.isDirectory()) {
      for (const name of readdirSync(abs).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    if (!stat.isFile()) return;
    const name = basename(abs);
    if (name.startsWith('~$')) return;
    if (known.includes(extname(name).toLowerCase())) files.push(path);
    else if (explicit) skipped.push(`${path}（不支持的格式，只能导入 ${SUPPORTED_EXTENSIONS.join('、')}）`);
  };
  for (const input of inputs) visit(input, true);
  return { files, skipped };
}

// ── The result of importing one file ─────────────────────────────────────────────────────────────────

/** What `--json` prints for each input, exactly. */
export interface ImportRecord {
  source: string;
  type: EntryType;
  title: string | null;
  date: string | null;
  township: string | null;
  author: string | null;
  body: string;
  warnings: string[];
  dropped: string[];
}

export interface ImportResult {
  record: ImportRecord;
  /** Warnings a human must resolve: they go into reviewNotes and make the entry a draft. */
  flags: string[];
  droppedDetail: Dropped[];
  fixes: string[];
  /** 来源, village, topics: written to the entry, not part of the JSON record. */
  sourceField: string | null;
  village: string | null;
  images: { file: string; width: number; height: number }[];
  /** Where the entry goes; absent when it cannot be written. */
  plan?: { slug: string; file: string; files: PlannedFile[]; markdown: string; renamed: boolean } | undefined;
  /** Why the entry cannot be written (no township, name taken with --no-rename, unreadable file). */
  error?: string | undefined;
  /** No township of the county was named or given: the plan's township is a stand-in a person must replace. */
  townshipPlaceholder?: boolean | undefined;
}

/** `status` in --json: what happened to the file (a draft that was written is `written`, with `draft: true`). */
export type RecordStatus = 'written' | 'preview' | 'refused' | 'failed';

export interface ImportRecordWithStatus extends ImportRecord {
  status: RecordStatus;
  /** The entry's Markdown file, relative to the site (null when nothing is or would be written). */
  path: string | null;
  /** Whether the entry is (or would be) a draft. */
  draft: boolean;
  /** Why it was refused or failed, or what a person must check (its review notes). */
  reasons: string[];
}

export function toRecord(result: ImportResult): ImportRecord;
export function toRecord(result: ImportResult, status: 'written' | 'draft' | 'preview' | 'refused' | 'failed'): ImportRecordWithStatus;
export function toRecord(
  result: ImportResult,
  status?: 'written' | 'draft' | 'preview' | 'refused' | 'failed',
): ImportRecord | ImportRecordWithStatus {
  const { source, type, title, date, township, author, body, warnings, dropped } = result.record;
  const record = { source, type, title, date, township, author, body, warnings, dropped };
  if (!status) return record;
  const written = status === 'written' || status === 'draft';
  return {
    ...record,
    status: written ? 'written' : status,
    path: status === 'refused' || status === 'failed' ? null : (result.plan?.file ?? null),
    draft: !!result.plan && /^draft: true$/m.test(result.plan.markdown), // same test as run.ts isDraft
    reasons: [...(result.error ? [result.error] : []), ...result.flags],
  };
}

function sampleList(items: string[], max = 3): string {
  return (
    items
      .slice(0, max)
      .map((s) => `“${s}”`)
      .join('、') + (items.length > max ? ` 等 ${items.length} 处` : '')
  );
}

function placeholderTitle(blocks: Block[]): string {
  const first = blocks.map(blockText).find((t) => t.trim()) ?? '';
  const sentence = first.split(/[。！？\n]/)[0] ?? '';
  return `（待补标题）${[...sentence].slice(0, 24).join('')}`;
}

/** Warnings for the report; `flag` also makes one a review note a human must resolve (and the entry a draft). */
interface Notes {
  warnings: string[];
  flags: string[];
  flag: (message: string) => void;
}

function newNotes(): Notes {
  const notes: Notes = {
    warnings: [],
    flags: [],
    flag: (message) => {
      notes.flags.push(message);
      notes.warnings.push(message);
    },
  };
  return notes;
}

/** The article as the steps leave it: its blocks, what was taken out, and the facts read so far. */
interface Article {
  blocks: Block[];
  dropped: Dropped[];
  title: string | null;
  author: string | null;
  source: string | null;
  meta: MetaResult;
  /** The submission's own frontmatter (a .md file), read as hints. */
  fm: Record<string, unknown>;
}

/**
 * Reads and cleans one submission; plans its files. Never writes. Each step below reads like a line of the
 * report: what was dropped, fixed or flagged, in this order (the review notes keep it).
 */
export async function importFile(path: string, options: ImportOptions, ctx: ImportContext): Promise<ImportResult> {
  const empty = emptyResult(path, options);
  // Read and decode (read.ts): the file as blocks, with the repairs its kind needs.
  let sub: Submission;
  try {
    sub = await readSubmission(resolve(path));
  } catch (error) {
    return { ...empty, error: `无法读取：${(error as Error).message.split('\n')[0]}` };
  }
  if (sub.blocks.length > MAX_BLOCKS) {
    return {
      ...empty,
      error: `段落太多（${sub.blocks.length} 段，最多 ${MAX_BLOCKS} 段）：这不像一篇稿件，请把需要的部分另存为单独的文件再导入`,
    };
  }
  const notes = newNotes();
  // Clean: furniture out, the headline and the info lines read, the text simplified and checked.
  const article = readHeadlineAndInfo(sub, path, dropBoilerplateKeepingInfo(sub), notes);
  simplifyTraditional(article, sub, options, notes);
  flagDamage(article, sub, notes);
  // Metadata: date, place, topics, duplicates, images.
  const date = chooseDate(article.meta, options, ctx, notes);
  const place = choosePlace(article, options, ctx, notes);
  if ('error' in place) return { ...empty, error: place.error };
  const topics = findTopics(article, ctx);
  flagDuplicates(article.title!, date, options, ctx, notes);
  const prepared = await prepareImages(sub, article.blocks, options, notes);

  // Plan (plan.ts): the slug, the files and the entry's text; nothing is written here.
  const result: ImportResult = {
    record: {
      source: path,
      type: options.type,
      title: article.title,
      date,
      township: place.township?.id ?? null,
      author: article.author ?? null,
      body: '',
      warnings: notes.warnings,
      dropped: article.dropped.map((d) => d.text),
    },
    flags: notes.flags,
    droppedDetail: article.dropped,
    fixes: sub.fixes,
    sourceField: article.source ?? null,
    village: place.village,
    images: [],
  };
  if (!place.township) {
    result.record.body = blocksToMarkdown(article.blocks, () => null, { escape: !sub.markdown });
    result.error = 'townships.yaml 里没有乡镇：请先在 content/townships.yaml 里写上本县的乡镇';
    return result;
  }
  result.townshipPlaceholder = place.placeholder;
  planEntry(result, {
    blocks: article.blocks,
    prepared,
    options,
    ctx,
    township: place.township,
    topics,
    markdown: sub.markdown,
    fm: article.fm,
    townshipPlaceholder: place.placeholder,
  });
  return result;
}

function emptyResult(path: string, options: ImportOptions): ImportResult {
  return {
    record: {
      source: path,
      type: options.type,
      title: null,
      date: null,
      township: null,
      author: null,
      body: '',
      warnings: [],
      dropped: [],
    },
    flags: [],
    droppedDetail: [],
    fixes: [],
    sourceField: null,
    village: null,
    images: [],
  };
}

/**
 * Boilerplate out. Lines that carry the date, source or author stay for the next step, unless they are
 * furniture that merely shows a date (a snapshot's time, a related article's time stamp, a paywall notice).
 * Before the first real paragraph, "source + time" is the article's info line; after it, "title + time" is a
 * related article.
 */
function dropBoilerplateKeepingInfo(sub: Submission): { blocks: Block[]; dropped: Dropped[] } {
  const firstProse = sub.blocks.findIndex((b) => b.kind === 'para' && b.text.length >= 40 && /[。！？]/.test(b.text));
  const metaWins = (b: Block, i: number) => {
    if (b.kind !== 'para') return false;
    const meta = readMetaLine(b.text);
    if (!meta || !(meta.date || meta.source || meta.author)) return false;
    const reason = boilerplateReason(b.text);
    return reason === null || reason === 'counter' || reason === 'more-link' || (reason === 'related' && firstProse >= 0 && i < firstProse);
  };
  const metaBlocks = new Set(sub.blocks.filter((b, i) => metaWins(b, i)));
  const boiler = dropBoilerplate(sub.blocks.filter((b) => !metaBlocks.has(b)));
  const keptSet = new Set(boiler.kept);
  return { blocks: sub.blocks.filter((b) => metaBlocks.has(b) || keptSet.has(b)), dropped: [...sub.dropped, ...boiler.dropped] };
}

/**
 * The headline (scored against the page's own hints) and the date, author and source lines; the page text
 * around the article that is neither is reported as dropped, in the order it appeared.
 */
function readHeadlineAndInfo(sub: Submission, path: string, kept: { blocks: Block[]; dropped: Dropped[] }, notes: Notes): Article {
  const { dropped } = kept;
  const fm = sub.hints.frontmatter ?? {};
  const titleChoice = chooseTitle(kept.blocks, {
    strong: [typeof fm['title'] === 'string' ? fm['title'] : '', sub.hints.pageHeading ?? '', sub.hints.metaTitle ?? ''].filter(Boolean),
    weak: sub.hints.titles.filter((t) => t !== sub.hints.metaTitle),
  });
  for (const line of titleChoice.above) dropped.push({ text: line, reason: boilerplateReason(line) ?? 'page-chrome' });
  const meta = findMeta(titleChoice.blocks, {
    date: typeof fm['date'] === 'string' || fm['date'] instanceof Date ? String(toPlainDate(fm['date']) ?? fm['date']) : sub.hints.date,
    source: typeof fm['source'] === 'string' ? fm['source'] : sub.hints.source,
    author: typeof fm['author'] === 'string' ? fm['author'] : sub.hints.author,
    around: sub.hints.around,
    fileDate: dateFromFileName(basename(path)),
  });
  dropped.push(...meta.dropped);
  // Report what was dropped from the text in the order it appeared (page furniture first).
  const position = new Map(sub.blocks.map((b, i) => [blockText(b), i] as const));
  const fromText = dropped.slice(sub.dropped.length).sort((a, b) => (position.get(a.text) ?? 0) - (position.get(b.text) ?? 0));
  dropped.splice(sub.dropped.length, fromText.length, ...fromText);
  // Page text around the article that was not the title or an info line is reported as dropped.
  const titleNorm = normaliseTitle(titleChoice.title ?? '');
  let inRelated = false;
  for (const line of sub.hints.around) {
    if (normaliseTitle(line) === titleNorm) continue;
    const reason: DropReason = readMetaLine(line)
      ? 'page-meta'
      : (boilerplateReason(line) ?? (inRelated && line.length <= 60 ? 'related' : 'page-chrome'));
    inRelated = reason === 'related';
    dropped.push({ text: line, reason });
  }
  if (titleChoice.title && titleChoice.runnersUp.length) {
    notes.flag(`标题不太确定：取了“${titleChoice.title}”，其他候选：${titleChoice.runnersUp.map((t) => `“${t}”`).join('、')}。请核对`);
  }
  return { blocks: meta.blocks, dropped, title: titleChoice.title, author: meta.author, source: meta.source, meta, fm };
}

/** Every text the article carries, for the detectors. */
function articleText(article: Article): string {
  return [article.title ?? '', article.author ?? '', article.source ?? '', ...article.blocks.map(blockText)].join('\n');
}

/** Traditional characters: converted with --to-simplified (a fix), else a warning that says how. */
function simplifyTraditional(article: Article, sub: Submission, options: ImportOptions, notes: Notes): void {
  const traditional = findTraditional(articleText(article));
  if (!traditional) return;
  const chars = traditional.characters.slice(0, 8).join('');
  if (!options.toSimplified) {
    notes.warnings.push(
      `含繁体字 ${traditional.count} 处（${chars}${traditional.characters.length > 8 ? '…' : ''}）：加 --to-simplified 可转为简体`,
    );
    return;
  }
  // Mainland typesetting quotes with “” and ‘’ where Traditional text uses 「」 and 『』.
  // A text written in Traditional goes through OpenCC whole (後 → 后 too); a few stray characters in a
  // Simplified text are changed one by one, leaving the rest exactly as it was.
  const mostlyTraditional = traditional.count >= 5;
  const convert = (t: string) =>
    (mostlyTraditional ? traditionalToSimplified(t) : toSimplified(t))
      .replace(/「/g, '“')
      .replace(/」/g, '”')
      .replace(/『/g, '‘')
      .replace(/』/g, '’');
  article.title = article.title && convert(article.title);
  article.author = article.author && convert(article.author);
  article.source = article.source && convert(article.source);
  article.blocks = article.blocks.map((b) => mapBlockText(b, convert));
  sub.fixes.push(`繁体字转为简体 ${traditional.count} 处（${chars}${traditional.characters.length > 8 ? '…' : ''}）`);
}

/** What a human must look at: mojibake, a text cut short, a title with control characters or none at all. */
function flagDamage(article: Article, sub: Submission, notes: Notes): void {
  const mojibake = findMojibake(articleText(article));
  for (const kind of [...new Set(mojibake.map((m) => m.kind))]) {
    const samples = mojibake.filter((m) => m.kind === kind).map((m) => m.context);
    notes.flag(`疑似乱码：${MOJIBAKE_LABELS[kind]}，见 ${sampleList(samples)}。请对照原件补正`);
  }
  const truncation = truncationSigns(article.blocks, article.dropped);
  if (truncation.length) notes.flag(`原文可能不完整（${sampleList(truncation)}）：请向供稿单位要全文`);
  if (article.title) {
    const cleanTitle = stripControlCharacters(article.title);
    if (cleanTitle.count) {
      article.title = cleanTitle.text.trim();
      sub.fixes.push(`标题里去掉看不见的控制字符 ${cleanTitle.count} 处`);
    }
  }
  if (!article.title) {
    notes.flag('没有找到标题：title 暂用正文开头，请改写');
    article.title = placeholderTitle(article.blocks);
  }
}

/** The date: --date, else the one found (with a note on where it came from), else today as a flagged stand-in. */
function chooseDate(meta: MetaResult, options: ImportOptions, ctx: ImportContext, notes: Notes): PlainDate | null {
  let date: PlainDate | null = null;
  if (options.date) date = toPlainDate(options.date);
  else if (meta.date) {
    date = meta.date.date;
    if (meta.date.precision === 'month') notes.flag(`日期只写到月份（“${meta.date.text}”）：暂填当月1日，请核对具体日期`);
    else if (meta.dateFrom === 'body') notes.warnings.push(`日期取自正文里第一次出现的日期“${meta.date.text}”，请核对是否为发稿日期`);
    else if (meta.dateFrom === 'file') notes.warnings.push(`日期取自文件名（${date}）`);
  }
  if (!date && options.type !== 'person') {
    notes.flag(`没有找到日期：date 暂填今天（${ctx.today}），请改为稿件日期`);
    date = ctx.today;
  }
  if (date && date > ctx.today) notes.flag(`日期 ${date} 在今天（${ctx.today}）之后，请核对`);
  return date;
}

interface PlaceChoice {
  township: Township | null;
  village: string | null;
  /** The township is a stand-in (none was named): the slug leaves it out. */
  placeholder: boolean;
}

/** The township (and village): --township, else the one the text names, else the first as a flagged stand-in. */
function choosePlace(article: Article, options: ImportOptions, ctx: ImportContext, notes: Notes): PlaceChoice | { error: string } {
  let township: Township | null;
  let village: string | null = null;
  if (options.township) {
    township = ctx.places.byId.get(options.township) ?? null;
  } else {
    const body = article.blocks.map(blockText).join('\n');
    const guess = guessPlace(article.title!, `${article.source ?? ''}\n${article.author ?? ''}\n${body}`, ctx.places);
    township = guess.township;
    village = guess.village?.id ?? null;
    if (guess.others.length && township) {
      notes.warnings.push(
        `文中还提到${guess.others.map((t) => t.name).join('、')}，乡镇取了${township.name}（${township.id}）；不对请用 --township 指定`,
      );
    }
  }
  if (options.township && !township) {
    return { error: `未知的乡镇 id “${options.township}”。可用：${ctx.places.townships.map((t) => `${t.id}（${t.name}）`).join('、')}` };
  }
  // No township of this county named: a draft with the first township as a placeholder, never a refusal.
  let placeholder = false;
  if (!township && options.type !== 'story' && ctx.places.townships.length) {
    township = ctx.places.townships[0]!;
    placeholder = true;
    notes.flag(
      `正文没有提到 townships.yaml 里的乡镇：township 暂填 ${township.id}（${township.name}），请改为稿件所属的乡镇（或导入时用 --township 指定）`,
    );
  } else if (!township && ctx.places.townships.length) {
    township = ctx.places.townships[0]!;
    placeholder = true;
    notes.flag(`正文没有提到 townships.yaml 里的乡镇：townships 暂填 ${township.id}（${township.name}），请改为稿件所属的乡镇`);
  }
  return { township, village, placeholder };
}

/** Up to three topics the site already uses that this text is about. */
function findTopics(article: Article, ctx: ImportContext): string[] {
  const bodyText = article.blocks.map(blockText).join('\n');
  return ctx.topics
    .filter((t) => (article.title ?? '').includes(t) || bodyText.split(t).length - 1 >= 2)
    .sort((a, b) => bodyText.split(b).length - bodyText.split(a).length)
    .slice(0, 3);
}

/** Entries already on the site with the same or nearly the same title: flagged, never merged. */
function flagDuplicates(title: string, date: PlainDate | null, options: ImportOptions, ctx: ImportContext, notes: Notes): void {
  const collection = COLLECTION_OF[options.type];
  const candidates = ctx.existing.filter((e) => e.collection === collection);
  const dupes = similarTitles([
    { key: '\u0000new', title, date: date ?? undefined },
    ...candidates.map((e) => ({ key: e.file, title: e.title, date: e.date })),
  ])
    .filter((m) => m.item.key === '\u0000new' || m.other.key === '\u0000new')
    .map((m) => (m.item.key === '\u0000new' ? m.other.key : m.item.key));
  if (dupes.length) notes.flag(`可能与已有稿件重复：${[...new Set(dupes)].join('、')}`);
}

/** Images: Word's own (re-encoded, EXIF removed) and the web page's; any that cannot be taken is said so. */
async function prepareImages(sub: Submission, blocks: Block[], options: ImportOptions, notes: Notes): Promise<Map<number, PreparedImage>> {
  const prepared = new Map<number, PreparedImage>();
  for (const [ref, image] of sub.images.entries()) {
    try {
      prepared.set(ref, await prepareImage(image.bytes, options.maxImageSide ?? MAX_IMAGE_SIDE));
    } catch (error) {
      notes.warnings.push(`Word 文件里的第 ${ref + 1} 张图片无法读取，没有导入（${(error as Error).message.split('\n')[0]}）`);
    }
  }
  for (const note of sub.droppedImages) notes.flag(`Word 文件里${note}：请从原件另存这张图片，放到稿件旁边`);
  await takeWebImages(sub, blocks, options, prepared, notes.flag, sub.fixes);
  return prepared;
}

/** Every sign that the text stops short of the original, as short samples for the review note. */
export function truncationSigns(blocks: Block[], dropped: Dropped[]): string[] {
  const signs = findTruncation(blocks.map(blockText).join('\n')).map((t) => t.match.trim());
  // A paged preview that shows page 1 of 3 is cut short; one that shows every page up to "2/2" is whole.
  const pageCounters = dropped.flatMap((d) => {
    const m = /第\s*(\d+)\s*页\s*[/／,，]?\s*共\s*(\d+)\s*页|^\s*(\d{1,3})\s*[/／]\s*(\d{1,3})\s*$/.exec(d.text);
    return m && d.reason === 'page' ? [{ d, page: Number(m[1] ?? m[3]), of: Number(m[2] ?? m[4]) }] : [];
  });
  const lastPageShown = pageCounters.some((c) => c.page === c.of);
  for (const d of dropped) {
    if (d.reason === 'paywall') signs.push(d.text);
    if (/(?:剩余|还剩)\s*\d+\s*页未读/.test(d.text)) signs.push(d.text);
  }
  for (const c of pageCounters) if (c.page === 1 && c.of > 1 && !c.d.continued && !lastPageShown) signs.push(c.d.text);
  // The text stops in the middle of a sentence (the "read more" marker was cut off with the rest).
  const last = [...blocks].reverse().find((b) => b.kind !== 'image' && blockText(b).trim());
  if (last?.kind === 'para') {
    const t = last.text.trim();
    if ([...t].length >= 12 && /[，、\p{Script=Han}a-z0-9]$/u.test(t) && readMetaLine(t) === null)
      signs.push(`正文停在“…${[...t].slice(-10).join('')}”`);
  }
  return [...new Set(signs)];
}

/**
 * Web images (WeChat's data-src): downloaded with --fetch-images, else each address (with the caption under
 * it) goes into a review note. Never silently dropped.
 */
async function takeWebImages(
  sub: Submission,
  blocks: Block[],
  options: ImportOptions,
  prepared: Map<number, PreparedImage>,
  flag: (message: string) => void,
  fixes: string[],
): Promise<void> {
  if (!sub.webImages.length) return;
  const captionOf = new Map<number, string>();
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.kind === 'image' && next?.kind === 'para' && next.text.length <= 60 && !/[。！？]$/.test(next.text))
      captionOf.set(b.ref, next.text);
  });
  const missed: string[] = [];
  for (const [ref, src] of sub.webImages.entries()) {
    const label = `${src}${captionOf.get(ref) ? `（图下说明“${captionOf.get(ref)}”）` : ''}`;
    if (!options.fetchImages) {
      missed.push(label);
      continue;
    }
    try {
      const bytes = await fetchImage(src, options.imageFetch);
      prepared.set(ref, await prepareImage(bytes, options.maxImageSide ?? MAX_IMAGE_SIDE));
    } catch (error) {
      missed.push(`${label}：${(error as Error).message.split('\n')[0]}`);
    }
  }
  const fetched = sub.webImages.length - missed.length;
  if (fetched) fixes.push(`下载网页图片 ${fetched} 张（去掉了 EXIF/GPS）`);
  if (missed.length) {
    flag(
      options.fetchImages
        ? `网页里有 ${missed.length} 张图片没能下载，请另存后放到稿件旁边：${missed.map((m, i) => `${i + 1}. ${m}`).join('；')}`
        : `网页里的 ${missed.length} 张图片没有下载（加 --fetch-images 可以下载）：${missed.map((m, i) => `${i + 1}. ${m}`).join('；')}`,
    );
  }
}
