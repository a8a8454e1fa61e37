// `npm run bulletin -- 2026-11`: reads content/ (without Astro), plans the issue and writes the draft file.
// The planning is in assemble.ts; this file is the part that touches the disk.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { assembleBulletin, renderBulletinDraft, type AssembleResult, type CandidateItem, type ExistingIssue } from './assemble';
import { contentPath, entryIdFromPath, readPlaceRegistry, readSiteConfig } from '../content/files';
import { scanContent, type ScannedEntry } from '../content/scan';
import { splitFrontmatter } from '../content/frontmatter';
import { isYearMonth, toPlainDate, type PlainDate, type YearMonth } from '../dates';
import { placeLabel, type PlaceRegistry } from '../places';
import { FileExistsError, writeNewFile } from '../content/write';
import { bulletinSchema, newsSchema, storySchema } from '../schema';
import type { SiteConfig } from '../site-settings';

export interface DraftOptions {
  root?: string | undefined;
  month: YearMonth;
  date?: PlainDate | undefined;
  editor?: string | undefined;
  /** Only plan and print; write nothing. */
  dryRun?: boolean;
  /** The command named in the draft's first comment (default: npm run bulletin -- <month>). */
  command?: string | undefined;
}

export type DraftResult =
  | (Extract<AssembleResult, { ok: true }> & { file: string; text: string; written: boolean; counts: SourceCounts })
  | (Extract<AssembleResult, { ok: false }> & { file: string; counts?: SourceCounts });

export interface SourceCounts {
  news: number;
  stories: number;
  issues: number;
}

export interface BulletinSources {
  site: SiteConfig;
  items: CandidateItem[];
  issues: ExistingIssue[];
  peopleNames: string[];
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0]!;
  return `${issue.path.join('.') || '头信息'}：${issue.message}`;
};

function candidate(entry: ScannedEntry, places: PlaceRegistry): CandidateItem {
  const collection = entry.collection as 'news' | 'stories';
  const tools = { image: () => z.string(), places };
  const parsed = (collection === 'news' ? newsSchema(tools) : storySchema(tools)).safeParse(entry.data);
  const id = entryIdFromPath(entry.file);
  if (!parsed.success) {
    const raw = entry.data as { title?: unknown; date?: unknown; draft?: unknown };
    return {
      collection,
      id,
      file: entry.file,
      title: typeof raw.title === 'string' ? raw.title : id,
      date: toPlainDate(raw.date) ?? '0000-00-00',
      topics: [],
      draft: raw.draft === true,
      invalid: firstIssue(parsed.error),
    };
  }
  const data = parsed.data as {
    title: string;
    date: string;
    topics: string[];
    draft: boolean;
    township?: string;
    village?: string;
    townships?: string[];
  };
  return {
    collection,
    id,
    file: entry.file,
    title: data.title,
    date: data.date,
    topics: data.topics,
    draft: data.draft,
    place: data.township
      ? placeLabel(places, data.township, data.village)
      : (data.townships ?? []).map((t) => placeLabel(places, t)).join('、'),
  };
}

function existingIssue(entry: ScannedEntry): ExistingIssue {
  const parsed = bulletinSchema().safeParse(entry.data);
  const id = entryIdFromPath(entry.file);
  if (parsed.success) {
    const d = parsed.data;
    return {
      id,
      file: entry.file,
      month: d.month,
      issue: d.issue,
      runningNumber: d.runningNumber,
      editor: d.editor,
      draft: d.draft,
      refs: d.contents.flatMap((s) => s.items),
    };
  }
  // A broken issue still counts for numbering and "already carried" as far as it can be read.
  const raw = entry.data as {
    month?: unknown;
    issue?: unknown;
    runningNumber?: unknown;
    editor?: unknown;
    draft?: unknown;
    contents?: unknown;
  };
  const refs = Array.isArray(raw.contents)
    ? raw.contents.flatMap((s) =>
        Array.isArray((s as { items?: unknown })?.items)
          ? ((s as { items: unknown[] }).items.filter((i) => typeof i === 'string') as string[])
          : [],
      )
    : [];
  return {
    id,
    file: entry.file,
    month: typeof raw.month === 'string' && isYearMonth(raw.month) ? raw.month : id,
    issue: typeof raw.issue === 'number' ? raw.issue : 0,
    runningNumber: typeof raw.runningNumber === 'number' ? raw.runningNumber : undefined,
    editor: typeof raw.editor === 'string' ? raw.editor : undefined,
    draft: raw.draft === true,
    refs,
  };
}

/** Everything the assembler needs, read from content/ under `root`. */
export function readBulletinSources(root = process.cwd()): BulletinSources {
  const site = readSiteConfig(root);
  const places = readPlaceRegistry(root);
  const entries = scanContent(root);
  return {
    site,
    items: entries.filter((e) => e.collection === 'news' || e.collection === 'stories').map((e) => candidate(e, places)),
    issues: entries.filter((e) => e.collection === 'bulletins').map(existingIssue),
    peopleNames: entries
      .filter((e) => e.collection === 'people' && e.data.draft !== true && typeof e.data.name === 'string')
      .map((e) => (e.data.name as string).trim()),
  };
}

/** The draft's path: content/bulletins/2026-11.md */
export function draftPath(month: YearMonth, root = process.cwd()): string {
  return contentPath(root, 'bulletins', `${month}.md`);
}

/** Plans the month's issue and writes content/bulletins/<month>.md unless it exists (or dryRun). */
export function draftBulletin(options: DraftOptions): DraftResult {
  const root = options.root ?? process.cwd();
  const file = draftPath(options.month, root);
  const shown = relative(root, file).split('\\').join('/');
  for (const name of [file, file.replace(/\.md$/, '.mdx')]) {
    if (existsSync(name)) {
      return {
        ok: false,
        file: shown,
        error: {
          field: 'month',
          value: options.month,
          message: `这一期已经存在：${shown.replace(/\.md$/, name.endsWith('.mdx') ? '.mdx' : '.md')}`,
          hint: '不会覆盖已有的一期。要重新起草，先删除或改名这个文件',
        },
      };
    }
  }
  const sources = readBulletinSources(root);
  const counts = {
    news: sources.items.filter((i) => i.collection === 'news').length,
    stories: sources.items.filter((i) => i.collection === 'stories').length,
    issues: sources.issues.length,
  };
  const result = assembleBulletin({
    month: options.month,
    settings: sources.site,
    items: sources.items,
    issues: sources.issues,
    peopleNames: sources.peopleNames,
    date: options.date,
    editor: options.editor,
  });
  if (!result.ok) return { ...result, file: shown, counts };
  const command = options.command ?? `npm run bulletin -- ${options.month}`;
  const text = renderBulletinDraft(result.plan, sources.site, command);
  // The draft must pass the same schema the build applies.
  const check = bulletinSchema().safeParse(splitFrontmatter(text).data);
  if (!check.success) throw new Error(`生成的草稿没有通过 bulletinSchema 检查（程序错误）：${firstIssue(check.error)}`);
  if (options.dryRun) return { ...result, file: shown, text, written: false, counts };
  try {
    writeNewFile(file, text);
  } catch (error) {
    if (!(error instanceof FileExistsError)) throw error;
    return {
      ok: false,
      file: shown,
      counts,
      error: { field: 'month', value: options.month, message: `这一期刚刚被别人创建了：${shown}`, hint: '不会覆盖已有的一期' },
    };
  }
  return { ...result, file: shown, text, written: true, counts };
}
