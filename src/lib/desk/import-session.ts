// The import page's work: an uploaded file or pasted text goes to a temporary folder and through the same
// importer as `npm run import` (runImport, loadImportContext); the page gets the original text, the cleaned
// entry, the dropped lines and the notes; saving writes the entry with the never-overwrite writer.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { DROP_LABELS } from '../import/blocks';
import { decodeEntities } from '../import/clean';
import { decodeText } from '../import/encoding';
import { loadImportContext, type ImportContext, type ImportOptions, type ImportResult } from '../import/import';
import { runImport } from '../import/run';
import { freeSlug, newsSlug } from '../content/slug';
import { FileExistsError, writeNewFiles, type PlannedFile } from '../content/write';
import { toPlainDate } from '../dates';
import { toSimplified } from '../text/traditional';
import { applyFields, restoreDropped, splitEntry, type EntryFields } from './review';
import { cmsEntryHref, shownPath, type DeskPaths } from './site';
import { importErrorSentence, inPageWords, uploadProblem, MAX_UPLOAD_BYTES, NEEDS_TOWNSHIP } from './uploads';

export interface TownshipOption {
  id: string;
  name: string;
}

export interface DroppedLine {
  index: number;
  text: string;
  /** Why the importer left it out, in Chinese. */
  reason: string;
  restored: boolean;
}

/** What the page shows for one file. */
export interface ReviewView {
  id: string;
  name: string;
  /** The submission's text as it arrived (for a Word or web page: its text without formatting). */
  original: string;
  /** One sentence when the file cannot be imported as it is; the page shows it instead of (or above) the entry. */
  problem?: string | undefined;
  /** The problem is fixed by choosing a township in the form (the entry is still shown). */
  needsTownship?: boolean | undefined;
  /** false when nothing can be saved (bad file). */
  canSave: boolean;
  fields: Record<keyof EntryFields, string>;
  /** Where the entry will be written, relative to the site root. */
  file?: string | undefined;
  /** The complete entry as it will be saved (frontmatter and body). */
  markdown?: string | undefined;
  body: string;
  dropped: DroppedLine[];
  /** Review notes: they go into the entry's reviewNotes. */
  notes: string[];
  /** Other things worth knowing (date taken from the text …). */
  hints: string[];
  /** The text has Traditional characters (or they were converted): the page offers the conversion. */
  traditional: boolean;
  fixes: string[];
  images: { file: string; width: number; height: number }[];
}

export interface ReviewChoices {
  /** Indexes of dropped lines to put back. */
  restored?: number[] | undefined;
  fields?: EntryFields | undefined;
  /** Convert Traditional characters to Simplified (the importer's --to-simplified). */
  toSimplified?: boolean | undefined;
}

interface Upload {
  id: string;
  name: string;
  /** The uploaded file, under its own (cleaned) name in a temporary folder of its own. */
  path: string;
  original: string;
  problem: string | null;
  createdAt: number;
}

export class ImportError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A name safe to write on any system, keeping the extension and the Chinese (dates in names help the importer). */
function safeName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_')
    .trim();
  return base && base !== '.' && base !== '..' ? base.slice(-120) : 'upload.txt';
}

/** The text of a submission as it arrived, for showing beside the cleaned entry. Never throws. */
async function originalText(path: string): Promise<string> {
  const bytes = readFileSync(path);
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.docx') return (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\n{3,}/g, '\n\n').trim();
    const text = decodeText(bytes).text;
    if (ext === '.html' || ext === '.htm' || /<(html|body|head)[\s>]/i.test(text.slice(0, 4000))) {
      const plain = text
        .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1\s*>/gi, '')
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|tr|section|article|header|footer|nav|ul|ol|table|dd|dt|title)\s*>/gi, '\n')
        .replace(/<[^>]*>/g, '');
      return decodeEntities(plain)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n');
    }
    return text.replace(/\r\n?/g, '\n').trim();
  } catch {
    return '';
  }
}

/** Keeps uploads between the page's requests; each in its own temporary folder, removed after saving or in 12 hours. */
export class ImportDesk {
  private readonly uploads = new Map<string, Upload>();
  private readonly tempRoot: string;

  constructor(
    private readonly paths: DeskPaths,
    private readonly maxUploadBytes = MAX_UPLOAD_BYTES,
  ) {
    this.tempRoot = mkdtempSync(join(tmpdir(), 'ggw-desk-import-'));
  }

  townships(): TownshipOption[] {
    return loadImportContext(this.paths.siteRoot).places.townships.map((t) => ({ id: t.id, name: t.name }));
  }

  /** Takes a file (or pasted text as `粘贴的文字.txt`) and returns its first review. */
  async add(name: string, bytes: Uint8Array): Promise<ReviewView> {
    this.expire();
    const id = randomUUID();
    const dir = join(this.tempRoot, id);
    mkdirSync(dir);
    const path = join(dir, safeName(name));
    writeFileSync(path, bytes);
    const problem = uploadProblem(name, bytes, this.maxUploadBytes);
    const upload: Upload = {
      id,
      name: basename(path),
      path,
      original: problem ? '' : await originalText(path),
      problem,
      createdAt: Date.now(),
    };
    this.uploads.set(id, upload);
    return this.review(id, {});
  }

  /** The entry as it would be saved with these choices. */
  async review(id: string, choices: ReviewChoices): Promise<ReviewView> {
    const upload = this.get(id);
    const blank: ReviewView = {
      id,
      name: upload.name,
      original: upload.original,
      canSave: false,
      fields: { title: '', date: '', township: '', author: '' },
      body: '',
      dropped: [],
      notes: [],
      hints: [],
      traditional: false,
      fixes: [],
      images: [],
    };
    if (upload.problem) return { ...blank, problem: upload.problem };
    const { result, plan } = await this.plan(upload, choices);
    const dropped = result.droppedDetail.map((d, index): DroppedLine => ({
      index,
      text: d.text,
      reason: DROP_LABELS[d.reason],
      restored: (choices.restored ?? []).includes(index),
    }));
    const view: ReviewView = {
      ...blank,
      fields: {
        title: result.record.title ?? '',
        date: result.record.date ?? '',
        township: result.record.township ?? '',
        author: result.record.author ?? '',
      },
      dropped,
      notes: result.flags,
      hints: result.record.warnings.filter((w) => !result.flags.includes(w)).map(inPageWords),
      traditional: !!choices.toSimplified || result.record.warnings.some((w) => w.startsWith('含繁体字')),
      fixes: result.fixes,
      images: result.images,
    };
    if (!plan) {
      const restoredBody = restoreDropped(result.record.body, upload.original, result.record.dropped, choices.restored ?? []);
      const ext = extname(upload.path).toLowerCase();
      return {
        ...view,
        body: restoredBody,
        problem: importErrorSentence(result.error ?? '无法读取', ext),
        needsTownship: !!result.error?.startsWith('找不到乡镇'),
      };
    }
    if (result.townshipPlaceholder) {
      // The importer filled in a stand-in township; saving it would file the item under the wrong place.
      return {
        ...view,
        fields: { ...view.fields, township: '' },
        body: splitEntry(plan.markdown).body,
        problem: NEEDS_TOWNSHIP,
        needsTownship: true,
      };
    }
    return {
      ...view,
      canSave: true,
      file: shownPath(this.paths, plan.file),
      markdown: plan.markdown,
      body: splitEntry(plan.markdown).body,
    };
  }

  /** Writes the entry as a draft (never over an existing file) and forgets the upload. */
  async save(id: string, choices: ReviewChoices): Promise<{ file: string; href: string | null; notes: string[] }> {
    const upload = this.get(id);
    if (upload.problem) throw new ImportError(upload.problem);
    const { result, plan } = await this.plan(upload, choices);
    if (!plan) throw new ImportError(importErrorSentence(result.error ?? '无法读取', extname(upload.path).toLowerCase()));
    if (result.townshipPlaceholder) throw new ImportError(NEEDS_TOWNSHIP);
    try {
      writeNewFiles(plan.files);
    } catch (error) {
      if (error instanceof FileExistsError) {
        throw new ImportError(
          `已有同名文件 ${shownPath(this.paths, error.path)}，没有覆盖它：请再点一次“保存为草稿”，会换一个文件名保存。`,
          409,
        );
      }
      throw new ImportError(`保存失败，没有留下半篇稿件：${(error as Error).message}`, 500);
    }
    this.forget(id);
    return { file: shownPath(this.paths, plan.file), href: cmsEntryHref(this.paths, plan.file), notes: result.flags };
  }

  forget(id: string): void {
    const upload = this.uploads.get(id);
    if (!upload) return;
    rmSync(dirname(upload.path), { recursive: true, force: true });
    this.uploads.delete(id);
  }

  close(): void {
    rmSync(this.tempRoot, { recursive: true, force: true });
    this.uploads.clear();
  }

  private get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload) throw new ImportError('这份稿件已经保存或已过期：请重新选择文件导入。', 404);
    return upload;
  }

  private expire(): void {
    for (const upload of [...this.uploads.values()]) if (Date.now() - upload.createdAt > 12 * 3600_000) this.forget(upload.id);
  }

  /**
   * Runs the importer with the form's township and date (they decide the file name), then applies the title,
   * author and restored lines to its plan. A fresh context each time: entries saved since are seen as taken.
   */
  private async plan(upload: Upload, choices: ReviewChoices): Promise<{ result: ImportResult; plan?: NonNullable<ImportResult['plan']> }> {
    const ctx = loadImportContext(this.paths.siteRoot);
    const fields = choices.fields ?? {};
    const township = fields.township?.trim() || undefined;
    if (township && !ctx.places.byId.has(township)) throw new ImportError('选的乡镇（街道）不在名录里：请从列表里重新选一个。');
    const date = fields.date?.trim() || undefined;
    if (date && !toPlainDate(date)) throw new ImportError(`日期“${date}”不是有效的日期：请写成 2025-11-03 这样的年-月-日。`);
    const options: ImportOptions = { type: 'news', township, date, rename: true, toSimplified: !!choices.toSimplified };
    const [result] = await runImport([upload.path], options, ctx, { write: false });
    if (!result?.plan || result.error) return { result: result! };
    // The form sends back what it showed: with the conversion on, its Traditional title converts too.
    const convert = (text: string | undefined) => (text !== undefined && choices.toSimplified ? toSimplified(text) : text);
    const title = convert(fields.title?.trim());
    let plan = result.plan;
    if (title && title !== result.record.title) {
      plan = renamedPlan(plan, ctx, { date: result.record.date!, township: result.record.township!, title });
      result.record.title = title;
    }
    const author = convert(fields.author);
    if (author !== undefined) result.record.author = author.trim() || null;
    const { frontmatter, body } = splitEntry(plan.markdown);
    const restoredBody = restoreDropped(body, upload.original, result.record.dropped, choices.restored ?? []);
    const markdown = applyFields(frontmatter + restoredBody, { title, author });
    const files: PlannedFile[] = plan.files.map((f) => (f.path === plan.files.at(-1)!.path ? { ...f, data: markdown } : f));
    return { result, plan: { ...plan, files, markdown } };
  }
}

/** A news plan under the file name a new title gives (photos follow the entry's name). */
function renamedPlan(
  plan: NonNullable<ImportResult['plan']>,
  ctx: ImportContext,
  entry: { date: string; township: string; title: string },
): NonNullable<ImportResult['plan']> {
  const mdPath = plan.files.at(-1)!.path;
  const dir = dirname(mdPath);
  const rename = (name: string, slug: string) => (name.startsWith(plan.slug) ? slug + name.slice(plan.slug.length) : name);
  const base = newsSlug(entry.date, entry.township, entry.title, ctx.places, ctx.county);
  if (base === plan.slug) return plan;
  const slug = freeSlug(
    base,
    (candidate) => ctx.ids.news.has(candidate) || plan.files.some((f) => existsSync(join(dir, rename(basename(f.path), candidate)))),
  );
  const files = plan.files.map((f) => ({ ...f, path: join(dirname(f.path), rename(basename(f.path), slug)) }));
  const markdown = plan.markdown.split(`./${plan.slug}`).join(`./${slug}`);
  const last = files.at(-1)!;
  files[files.length - 1] = { ...last, data: markdown };
  const file = plan.file.slice(0, plan.file.length - basename(plan.file).length) + basename(last.path);
  return { ...plan, slug, files, markdown, file, renamed: plan.renamed || slug !== base };
}
