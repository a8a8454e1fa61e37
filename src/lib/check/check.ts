// `npm run check`: validates all of content/ without building the site, using the same schemas and the same
// reference rules as the build (schema.ts, catalog.ts), plus checks only a human can act on (warnings).
// Every problem names the file and line, the field, what is wrong and what is allowed.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseDocument, isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { BulletinData, StoryData } from '../catalog/catalog';
import { findReferenceProblems } from '../catalog/references';
import { CONTENT_DIR, entryIdFromPath, readPlaceRegistry, readSiteConfig, contentPath } from '../content/files';
import { collectionFiles, readRawEntry, type RawEntry } from '../content/scan';
import { CONTENT_KINDS, type ContentKind } from '../content-kinds';
import { todayInChina, toPlainDate, type PlainDate } from '../dates';
import type { PlaceRegistry } from '../places';
import { bulletinSchema, newsSchema, personSchema, storySchema } from '../schema';
import { markdownToPlainText } from '../text/plain';
import { z } from 'zod';
import { LARGE_IMAGE_BYTES, LARGE_IMAGE_SIDE, MAX_BUILD_PIXELS, readImageSize } from './images';
import { findEntities, findHtmlTags, findMojibake, findTruncation, MOJIBAKE_LABELS } from '../text/problems';
import { findTraditional } from '../text/traditional';
import { similarTitles } from '../text/titles';
import { bodyImageRefs, imageRefProblem } from '../safety/content-images';
import { FILE_NAME_ALLOWED, pathProblems } from '../safety/file-names';

export type Severity = 'error' | 'warning';

export interface CheckProblem {
  severity: Severity;
  /** Path relative to the project root. */
  file: string;
  line: number;
  /** The frontmatter key (gallery[0].image), or body / id for the text and the file name. */
  field: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** What is allowed or how to fix it. */
  allowed?: string | undefined;
  /** Which check found it (stable, English): schema, reference, image, duplicate-id … */
  rule: string;
}

export interface CheckOptions {
  root?: string | undefined;
  /** Today's date in China, for "future date"; injectable for tests. */
  today?: PlainDate | undefined;
  /** false: only the checks that can produce errors (what the build runs). */
  warnings?: boolean | undefined;
}

export interface CheckReport {
  problems: CheckProblem[];
  /** Every entry file as read (data leniently parsed), in collection and file order: the build reuses them. */
  entries: RawEntry[];
  counts: Record<ContentKind, number>;
  errors: number;
  warnings: number;
  ms: number;
}

/** Splits a schema message into what is wrong and what is allowed: "未知的… "x"。可用：…" → two parts. */
export function splitHint(message: string): { message: string; allowed?: string } {
  const hint = /可用|只能是|应写|应为|应以|例如|格式|只写|只用|从 1 开始|至少/;
  for (let i = message.indexOf('。'); i >= 0; i = message.indexOf('。', i + 1)) {
    const rest = message.slice(i + 1).trim();
    if (rest && hint.test(rest.split('。')[0]!)) return { message: message.slice(0, i), allowed: rest.replace(/。$/, '') };
  }
  return { message };
}

function pathLabel(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** "contents[0].items[1]" → ['contents', 0, 'items', 1] */
function parsePath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** Line numbers of frontmatter fields, from the YAML source positions. */
class LineFinder {
  private doc: ReturnType<typeof parseDocument> | undefined;
  constructor(private readonly raw: RawEntry) {}

  private lineAt(offset: number): number {
    // The frontmatter starts on line 2, after the opening ---.
    let line = 2;
    for (let i = 0; i < offset && i < this.raw.frontmatter.length; i++) if (this.raw.frontmatter.charCodeAt(i) === 10) line++;
    return line;
  }

  lineOf(path: readonly (string | number | symbol)[]): number {
    if (!this.raw.hasFrontmatter) return 1;
    // Top-level keys: a line scan is enough, and much cheaper than a YAML document (the check must stay fast).
    if (path.length === 1 && typeof path[0] === 'string') {
      const match = new RegExp(`^${path[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \t]*:`, 'm').exec(this.raw.frontmatter);
      if (match) return this.lineAt(match.index);
    }
    this.doc ??= parseDocument(this.raw.frontmatter);
    let node: unknown = this.doc.contents;
    let best: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as YamlNode;
        if (keyNode.range) best = keyNode.range[0];
        node = pair.value;
        if (isScalar(node) && node.range) best = node.range[0];
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as YamlNode | undefined;
        if (!item) break;
        if (item.range) best = item.range[0];
        node = item;
      } else break;
    }
    return best === undefined ? 1 : this.lineAt(best);
  }

  /** Line of a position in the body. */
  bodyLine(index: number): number {
    let line = this.raw.bodyLine;
    for (let i = 0; i < index; i++) if (this.raw.body.charCodeAt(i) === 10) line++;
    return line;
  }
}

interface Checked {
  raw: RawEntry;
  id: string;
  lines: LineFinder;
  /** Parsed data when the schema accepted the entry. */
  data?: Record<string, unknown> | undefined;
  images: { field: string; path: string }[];
}

const SCHEMA_OF = {
  news: newsSchema,
  people: personSchema,
  stories: storySchema,
} as const;

/** Validates all of content/. Never throws for content problems: they are returned. */
export function checkContent(options: CheckOptions = {}): CheckReport {
  const started = performance.now();
  const root = resolve(options.root ?? process.cwd());
  const today = options.today ?? todayInChina();
  const withWarnings = options.warnings !== false;
  const problems: CheckProblem[] = [];
  const counts = { news: 0, people: 0, stories: 0, bulletins: 0 };
  const add = (p: CheckProblem) => {
    if (p.severity === 'error' || withWarnings) problems.push(p);
  };
  const entries: RawEntry[] = [];
  const done = (): CheckReport => ({
    problems: sortProblems(problems),
    entries,
    counts,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    ms: Math.round(performance.now() - started),
  });

  try {
    readSiteConfig(root);
  } catch (error) {
    for (const line of (error as Error).message.split('\n')) {
      const m = /^([^:]+):\s*([^:]+):\s*(.*)$/.exec(line);
      add({
        severity: 'error',
        file: `${CONTENT_DIR}/site.yaml`,
        line: 1,
        field: m?.[2] ?? '（整个文件）',
        ...splitHint(m?.[3] ?? line),
        rule: 'site',
      });
    }
  }
  let places: PlaceRegistry;
  try {
    places = readPlaceRegistry(root);
  } catch (error) {
    for (const line of (error as Error).message.split('\n')) {
      add({
        severity: 'error',
        file: `${CONTENT_DIR}/townships.yaml`,
        line: 1,
        field: 'townships',
        message: line.replace(/^content\/townships\.yaml:\s*/, ''),
        rule: 'places',
      });
    }
    return done(); // every entry names a township: nothing else can be checked without the registry
  }

  // Image fields resolve against the entry being parsed; parsing is synchronous, so one schema serves all.
  let currentDir = root;
  const contentRoot = contentPath(root);
  const image = () =>
    z.string().superRefine((value, ctx) => {
      const problem = imageRefProblem(value, currentDir, contentRoot, root);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
  const schemas = {
    news: SCHEMA_OF.news({ image, places }),
    people: SCHEMA_OF.people({ image, places }),
    stories: SCHEMA_OF.stories({ image, places }),
    bulletins: bulletinSchema(),
  };

  const checked: Record<ContentKind, Checked[]> = { news: [], people: [], stories: [], bulletins: [] };
  for (const collection of CONTENT_KINDS) {
    const base = contentPath(root, collection);
    for (const path of collectionFiles(root, collection)) {
      counts[collection]++;
      const raw = readRawEntry(root, collection, path);
      entries.push(raw);
      const entry: Checked = { raw, id: entryIdFromPath(relative(base, path)), lines: new LineFinder(raw), images: [] };
      checked[collection].push(entry);
      const at = (severity: Severity, field: string, line: number, message: string, rule: string, allowed?: string) =>
        add({ severity, file: raw.file, line, field, message, allowed, rule });

      for (const problem of pathProblems(relative(base, path))) {
        at('error', 'id', 1, `文件名或文件夹名${problem}，这篇稿件无法发布`, 'file-name', FILE_NAME_ALLOWED);
      }
      if (raw.yamlError) {
        at(
          'error',
          '（头信息）',
          raw.yamlError.line,
          `头信息的 YAML 格式有误：${raw.yamlError.message}`,
          'yaml',
          '每行写成“字段: 值”，冒号后留一个空格；值里有冒号或引号时整个值用引号括起来',
        );
        continue;
      }
      if (!raw.hasFrontmatter) {
        at('error', '（头信息）', 1, '缺少头信息', 'yaml', '文件开头用两行 --- 括起头信息，格式见 content/README.md');
        continue;
      }
      currentDir = dirname(path);
      for (const ref of bodyImageRefs(raw.body)) {
        const problem = imageRefProblem(ref.value, currentDir, contentRoot, root);
        if (problem) at('error', 'body', entry.lines.bodyLine(ref.index), problem, 'image');
      }
      const result = schemas[collection].safeParse(withDatesAsWritten(raw));
      entry.images = imageFields(raw.data, dirname(path));
      if (result.success) entry.data = result.data as Record<string, unknown>;
      else {
        for (const issue of result.error.issues) {
          const hint = splitHint(issue.message);
          at('error', pathLabel(issue.path) || '（头信息）', entry.lines.lineOf(issue.path), hint.message, 'schema', hint.allowed);
        }
      }
    }
  }

  checkIds(checked, add);
  checkReferences(checked, add);
  checkImages(checked, root, withWarnings, add);
  for (const collection of CONTENT_KINDS) for (const entry of checked[collection]) checkBody(entry, withWarnings, add);
  if (withWarnings) {
    checkDates(checked, today, add);
    checkTitles(checked, add);
    checkReviewNotes(checked, add);
  }
  return done();
}

/**
 * YAML readers turn 2025-13-01 into a Date of 2026-01-01 without a word (ours and Astro's alike). A date
 * field whose text is not a real calendar date goes to the schema as the text, so the editor hears about it.
 */
function withDatesAsWritten(raw: RawEntry): Record<string, unknown> {
  let data = raw.data;
  for (const key of ['date', 'endDate']) {
    if (!(data[key] instanceof Date)) continue;
    const written = new RegExp(`^${key}:[ \\t]*['"]?([^'"#\\n]*?)['"]?[ \\t]*(?:#.*)?$`, 'm').exec(raw.frontmatter)?.[1]?.trim();
    if (written && /^\d{4}-\d{1,2}-\d{1,2}$/.test(written) && toPlainDate(written) === null) data = { ...data, [key]: written };
  }
  return data;
}

function sortProblems(problems: CheckProblem[]): CheckProblem[] {
  const order = { error: 0, warning: 1 };
  return [...problems].sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file) || a.line - b.line);
}

/** Image paths named in the frontmatter, resolved: cover, portrait, gallery[i].image. */
function imageFields(data: Record<string, unknown>, dir: string): { field: string; path: string }[] {
  const out: { field: string; path: string }[] = [];
  const add = (field: string, value: unknown) => {
    if (typeof value === 'string' && value.trim()) out.push({ field, path: resolve(dir, value.trim()) });
  };
  add('cover', data['cover']);
  add('portrait', data['portrait']);
  if (Array.isArray(data['gallery']))
    data['gallery'].forEach((item, i) => add(`gallery[${i}].image`, (item as { image?: unknown } | null)?.image));
  return out;
}

type Add = (p: CheckProblem) => void;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkIds(checked: Record<ContentKind, Checked[]>, add: Add) {
  for (const collection of CONTENT_KINDS) {
    const seen = new Map<string, Checked>();
    for (const entry of checked[collection]) {
      const first = seen.get(entry.id);
      if (first) {
        add({
          severity: 'error',
          file: entry.raw.file,
          line: 1,
          field: 'id',
          rule: 'duplicate-id',
          message: `文件名 ${entry.id} 与 ${first.raw.file} 重复，两篇稿件会争同一个网址`,
          allowed: '同一类稿件的文件名不能重复（不同年份文件夹里也不行），给其中一篇改名',
        });
      } else seen.set(entry.id, entry);
      if (!SLUG.test(entry.id)) {
        add({
          severity: 'warning',
          file: entry.raw.file,
          line: 1,
          field: 'id',
          rule: 'file-name',
          message: `文件名 "${entry.id}" 会成为网址的一部分，含有大写字母、汉字、空格或其他符号`,
          allowed: '只用小写字母、数字和连字符，例如 2025-11-03-dongtang-dongji-guanai',
        });
      }
      if (collection === 'bulletins' && entry.data && entry.data['month'] !== entry.id && SLUG.test(entry.id)) {
        add({
          severity: 'warning',
          file: entry.raw.file,
          line: entry.lines.lineOf(['month']),
          field: 'month',
          rule: 'bulletin-file',
          message: `文件名 ${entry.id} 与 month ${String(entry.data['month'])} 不一致`,
          allowed: '《关工动态》每期的文件名写成 年-月，与 month 相同，例如 2025-11.md',
        });
      }
    }
  }
}

function checkReferences(checked: Record<ContentKind, Checked[]>, add: Add) {
  // An entry that failed its schema is still a target (its own errors say what to fix), but what it refers to
  // is unknown: a story's people are checked only when its frontmatter passed, a bulletin only when it passed.
  const target = (e: Checked) => ({ id: e.id, file: e.raw.file, draft: e.raw.data['draft'] === true });
  const problems = findReferenceProblems({
    news: checked.news.map(target),
    people: checked.people.map(target),
    stories: checked.stories.map((e) => ({ ...target(e), people: (e.data as StoryData | undefined)?.people })),
    bulletins: checked.bulletins.flatMap((e) => {
      const data = e.data as BulletinData | undefined;
      return data ? [{ ...target(e), draft: data.draft, month: data.month, issue: data.issue, contents: data.contents }] : [];
    }),
  });
  const byFile = new Map(CONTENT_KINDS.flatMap((c) => checked[c].map((e) => [e.raw.file, e] as const)));
  for (const p of problems) {
    const entry = byFile.get(p.file);
    add({
      severity: 'error',
      file: p.file,
      line: entry ? entry.lines.lineOf(parsePath(p.field)) : 1,
      field: p.field,
      rule: 'reference',
      ...splitHint(`${p.value} ${p.message}`.replace(/。相近的有/, '。可用的相近文件名有')),
    });
  }
}

function checkImages(checked: Record<ContentKind, Checked[]>, root: string, withWarnings: boolean, add: Add) {
  const seen = new Set<string>();
  for (const collection of CONTENT_KINDS) {
    for (const entry of checked[collection]) {
      for (const ref of entry.images) {
        if (seen.has(ref.path) || !existsSync(ref.path)) continue;
        seen.add(ref.path);
        let bytes: number;
        try {
          bytes = statSync(ref.path).size;
        } catch {
          continue;
        }
        // Reading headers costs a file open: only for files big enough to matter.
        const size = bytes > 1024 * 1024 ? readImageSize(ref.path) : null;
        const line = entry.lines.lineOf(parsePath(ref.field));
        const name = relative(root, ref.path).split('\\').join('/');
        if (size && size.width * size.height > MAX_BUILD_PIXELS) {
          add({
            severity: 'error',
            file: entry.raw.file,
            line,
            field: ref.field,
            rule: 'image-size',
            message: `图片 ${name} 有 ${size.width}×${size.height} 像素，构建时无法处理`,
            allowed: `缩小到长边不超过 ${LARGE_IMAGE_SIDE} 像素再放进来`,
          });
        } else if (withWarnings && (bytes > LARGE_IMAGE_BYTES || (size && Math.max(size.width, size.height) > LARGE_IMAGE_SIDE))) {
          add({
            severity: 'warning',
            file: entry.raw.file,
            line,
            field: ref.field,
            rule: 'image-size',
            message: `图片 ${name} 太大（${(bytes / 1024 / 1024).toFixed(1)} MB${size ? `，${size.width}×${size.height} 像素` : ''}），构建慢、仓库大`,
            allowed: `不超过 ${LARGE_IMAGE_BYTES / 1024 / 1024} MB、长边不超过 ${LARGE_IMAGE_SIDE} 像素；npm run import 导入的照片会自动缩小`,
          });
        }
      }
    }
  }
}

function checkBody(entry: Checked, withWarnings: boolean, add: Add) {
  const { raw } = entry;
  if (raw.yamlError || !raw.hasFrontmatter) return;
  const draft = raw.data['draft'] === true;
  const at = (severity: Severity, index: number, message: string, rule: string, allowed?: string) =>
    add({ severity, file: raw.file, line: entry.lines.bodyLine(index), field: 'body', message, allowed, rule });

  if (raw.collection !== 'bulletins' && !markdownToPlainText(raw.body).replace(/\s/g, '')) {
    const severe = !draft && (raw.collection === 'news' || raw.collection === 'stories');
    at(severe ? 'error' : 'warning', 0, '正文是空的', 'empty-body', severe ? '写上正文，或者先设为 draft: true' : '在头信息下面写上正文');
  }
  const body = raw.body;
  for (const m of findMojibake(body)) {
    if (m.kind === 'replacement')
      at(draft ? 'warning' : 'error', m.index, `正文里有乱码符号 �：“${m.context}”`, 'mojibake', '原字已丢失，请对照原件改正');
    else if (withWarnings) at('warning', m.index, `疑似乱码：${MOJIBAKE_LABELS[m.kind]}：“${m.context}”`, 'mojibake', '对照原件改正');
  }
  if (!withWarnings) return;
  checkAltText(entry, add);
  const entities = findEntities(body);
  if (entities.length) {
    at(
      'warning',
      entities[0]!.index,
      `正文里残留 HTML 实体 ${[...new Set(entities.map((e) => e.match))].slice(0, 5).join(' ')}（${entities.length} 处）`,
      'html-entity',
      '换成对应的字符：&nbsp; 删掉，&ldquo;&rdquo; 写成“”',
    );
  }
  if (!raw.file.endsWith('.mdx')) {
    const tags = findHtmlTags(body);
    if (tags.length)
      at(
        'warning',
        tags[0]!.index,
        `正文里残留 HTML 标记 ${[...new Set(tags.map((t) => t.match))].slice(0, 4).join(' ')}（${tags.length} 处）`,
        'html-tag',
        '删掉标记；分段用空行',
      );
  }
  for (const t of findTruncation(body).slice(0, 1))
    at('warning', t.index, `原文可能不完整：“${t.context}”`, 'truncated', '向供稿单位要全文，补齐后删去“未完”等字样');
  const titleField = raw.collection === 'people' ? 'name' : 'title';
  const title = typeof raw.data[titleField] === 'string' ? (raw.data[titleField] as string) : '';
  // An entry marked lang: zh-Hant is in Traditional characters on purpose.
  const traditional = raw.data['lang'] === 'zh-Hant' ? null : findTraditional(`${title}\n${body}`);
  if (traditional) {
    const inTitle = traditional.index < title.length + 1;
    add({
      severity: 'warning',
      file: raw.file,
      rule: 'traditional',
      line: inTitle ? entry.lines.lineOf([titleField]) : entry.lines.bodyLine(traditional.index - title.length - 1),
      field: inTitle ? titleField : 'body',
      message: `含繁体字 ${traditional.count} 处（${traditional.characters.slice(0, 10).join('')}${traditional.characters.length > 10 ? '…' : ''}）`,
      allowed: '网站用简体字，请改为简体（导入时加 --to-simplified 会自动转换）；有意保留的可不理会',
    });
  }
  const titleProblems = [...findEntities(title), ...findMojibake(title), ...findHtmlTags(title)];
  if (titleProblems.length) {
    add({
      severity: 'warning',
      file: raw.file,
      line: entry.lines.lineOf([titleField]),
      field: titleField,
      rule: 'title-text',
      message: `标题里有残留的 HTML 实体、标记或乱码：${titleProblems.map((m) => m.match).join(' ')}`,
      allowed: '换成对应的字符，或对照原件改正',
    });
  }
}

const blank = (v: unknown) => typeof v !== 'string' || !v.trim();

/** Readers who cannot see a photo hear its alt text: warn when a cover, a gallery photo or a photo in the text has none. */
function checkAltText(entry: Checked, add: Add) {
  const { raw } = entry;
  const warn = (line: number, field: string, message: string, allowed: string) =>
    add({ severity: 'warning', file: raw.file, line, field, rule: 'image-alt', message, allowed });
  if (!blank(raw.data['cover']) && blank(raw.data['coverAlt'])) {
    warn(
      entry.lines.lineOf(['cover']),
      'coverAlt',
      `封面图 ${String(raw.data['cover']).trim()} 没有替代文字`,
      '加一行 coverAlt: 一句话描述画面（看不见图片的读者会听到这句话）',
    );
  }
  const gallery = raw.data['gallery'];
  if (Array.isArray(gallery)) {
    gallery.forEach((item, i) => {
      const g = (item ?? {}) as Record<string, unknown>;
      if (!blank(g['image']) && blank(g['alt']) && blank(g['caption'])) {
        warn(
          entry.lines.lineOf(['gallery', i]),
          `gallery[${i}].alt`,
          `图集第 ${i + 1} 张 ${String(g['image']).trim()} 没有说明和替代文字`,
          '写上 caption: 图片说明（也用作替代文字），或 alt: 描述画面',
        );
      }
    });
  }
  for (const m of raw.body.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)/g)) {
    if (!m[1]!.trim())
      warn(entry.lines.bodyLine(m.index), 'body', `正文里的图片 ${m[2]} 没有替代文字`, '写成 ![描述画面的一句话](图片路径)');
  }
}

function checkDates(checked: Record<ContentKind, Checked[]>, today: PlainDate, add: Add) {
  for (const collection of ['news', 'stories', 'bulletins'] as const) {
    for (const entry of checked[collection]) {
      const date = toPlainDate(entry.data?.['date'] ?? entry.raw.data['date']);
      if (date && date > today) {
        add({
          severity: 'warning',
          file: entry.raw.file,
          line: entry.lines.lineOf(['date']),
          field: 'date',
          rule: 'future-date',
          message: `日期 ${date} 在今天（${today}）之后`,
          allowed: '多半是年份或月份写错了；确实是预告时可不理会',
        });
      }
    }
  }
}

function checkTitles(checked: Record<ContentKind, Checked[]>, add: Add) {
  for (const collection of ['news', 'stories'] as const) {
    const items = checked[collection]
      .filter((e) => typeof e.raw.data['title'] === 'string')
      .map((e) => ({ key: e.raw.file, title: String(e.raw.data['title']), date: toPlainDate(e.raw.data['date']) ?? undefined, entry: e }));
    for (const match of similarTitles(items)) {
      add({
        severity: 'warning',
        file: match.item.key,
        line: match.item.entry.lines.lineOf(['title']),
        field: 'title',
        rule: 'similar-title',
        message:
          match.similarity === 1
            ? `标题与 ${match.other.key} 相同`
            : `标题与 ${match.other.key} 几乎相同（${Math.round(match.similarity * 100)}%）：“${match.other.title}”`,
        allowed: '同一篇稿件导入了两次时删去一篇；确是两篇时改得能区分',
      });
    }
  }
}

function checkReviewNotes(checked: Record<ContentKind, Checked[]>, add: Add) {
  for (const collection of ['news', 'people', 'stories'] as const) {
    for (const entry of checked[collection]) {
      const notes = entry.data?.['reviewNotes'];
      if (!Array.isArray(notes) || !notes.length) continue;
      const draft = entry.data!['draft'] === true;
      add({
        severity: 'warning',
        file: entry.raw.file,
        line: entry.lines.lineOf(['reviewNotes']),
        field: 'reviewNotes',
        rule: 'review-notes',
        message: `${draft ? '草稿有' : '已发布，但还有'} ${notes.length} 条待处理的审核意见：${notes.map(String).join('；')}`,
        allowed: '逐条处理后删去 reviewNotes，再把 draft 改为 false',
      });
    }
  }
}

// ── Output ─────────────────────────────────────────────────────────────────────────────────────────────

export function formatProblem(p: CheckProblem): string {
  return `${p.file}:${p.line}  ${p.field}  ${p.message}${p.allowed ? `  (${p.allowed})` : ''}`;
}

/** The report as printed: errors first, then warnings, each group in file order; a summary line last. */
export function formatReport(report: CheckReport): string {
  const lines: string[] = [];
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  if (errors.length) lines.push(`错误 ${errors.length} 处（必须改正，否则网站无法构建）：`, ...errors.map(formatProblem), '');
  if (warnings.length) lines.push(`警告 ${warnings.length} 处（请看一看，不影响构建）：`, ...warnings.map(formatProblem), '');
  const c = report.counts;
  const total = c.news + c.people + c.stories + c.bulletins;
  lines.push(
    `检查了 ${total} 篇稿件（工作动态 ${c.news}、五老典型 ${c.people}、活动纪实 ${c.stories}、《关工动态》${c.bulletins} 期），用时 ${(report.ms / 1000).toFixed(1)} 秒：` +
      (errors.length || warnings.length ? `${errors.length} 个错误，${warnings.length} 个警告。` : '没有发现问题。'),
  );
  return lines.join('\n');
}

export function reportJson(report: CheckReport): string {
  return JSON.stringify(
    { ok: report.errors === 0, errors: report.errors, warnings: report.warnings, counts: report.counts, problems: report.problems },
    null,
    2,
  );
}
