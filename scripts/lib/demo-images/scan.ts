// Which images the content refers to and what each is about: covers, gallery images and portraits named in
// the entries' frontmatter, with the texts that describe them.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { toSimplified } from '../../../src/lib/text/traditional';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter';
import { contentPath, readPlaceRegistry, readSiteConfig } from '../../../src/lib/content/files';
import { type ImageContext, type ImageRole } from './subject';
export interface Target {
  abs: string;
  rel: string;
  ctx: ImageContext;
}

/** Markdown files under dir, in name order (so the scan, and so the pictures, do not depend on the disk). */
export async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && /\.mdx?$/i.test(e.name)) out.push(full);
  }
  return out;
}

export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

export function monthOf(date: unknown): number | null {
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date.getUTCMonth() + 1;
  const m = typeof date === 'string' ? /^\d{4}-(\d{1,2})/.exec(date.trim()) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Township, village and county names (and their stems: 东塘 of 东塘镇), longest first, from the registries. Both
 * are optional here: without them only the generic 某某镇/乡/村/县 pattern is taken out.
 */
export function placeNames(root: string): string[] {
  const names = new Set<string>();
  const add = (v: unknown) => {
    const s = str(v);
    if (!s) return;
    names.add(s);
    const stem = s.replace(/(镇|乡|村|社区|街道|农场|场|县)$/, '');
    if (stem.length >= 2 && stem !== s) names.add(stem);
  };
  try {
    for (const t of readPlaceRegistry(root).townships) {
      add(t.name);
      for (const v of t.villages) add(v.name);
    }
  } catch {
    /* no or unreadable townships.yaml: check reports it */
  }
  try {
    add(readSiteConfig(root).county);
  } catch {
    /* no or unreadable site.yaml: check reports it */
  }
  return [...names].sort((a, b) => b.length - a.length);
}

export interface ScanResult {
  targets: Map<string, Target>;
  errors: string[];
  skipped: string[];
}

/** Every image the entries under root's content/ refer to, with what it is about; problems as Chinese messages. */
export async function scan(root: string): Promise<ScanResult> {
  const contentDir = contentPath(root);
  const targets = new Map<string, Target>();
  const errors: string[] = [];
  const skipped: string[] = [];
  const files = await walk(contentDir);
  for (const file of files) {
    const relFile = path.relative(root, file).split(path.sep).join('/');
    let data: Record<string, unknown>;
    try {
      const source = await readFile(file, 'utf8');
      const entry = splitFrontmatter(source);
      if (!entry.hasFrontmatter) {
        if (/^\uFEFF?---[ \t]*\r?\n/.test(source)) errors.push(`${relFile}：开头的 --- 之后缺少结束的 --- 行`);
        continue;
      }
      data = entry.data;
    } catch (error) {
      errors.push(`${relFile}：前置数据（---之间的 YAML）有误：${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`);
      continue;
    }
    const title = str(data['title']) ?? str(data['name']) ?? path.basename(path.dirname(file));
    const topics = Array.isArray(data['topics']) ? data['topics'].filter((t): t is string => typeof t === 'string') : [];
    const gender = data['gender'] === '男' || data['gender'] === '女' ? data['gender'] : null;
    const base: Omit<ImageContext, 'role' | 'imageText'> = {
      title: toSimplified(title),
      bannerTitle: title,
      topics: topics.map(toSimplified),
      month: monthOf(data['date']),
      gender,
      category: str(data['category']),
      sources: [relFile],
    };
    const refs: Array<{ field: string; value: unknown; role: ImageRole; text: Array<string | null> }> = [];
    if (data['cover'] !== undefined) refs.push({ field: 'cover', value: data['cover'], role: 'scene', text: [str(data['coverAlt'])] });
    if (data['portrait'] !== undefined)
      refs.push({
        field: 'portrait',
        value: data['portrait'],
        role: 'portrait',
        text: [str(data['portraitAlt']), str(data['role'])],
      });
    if (Array.isArray(data['gallery'])) {
      data['gallery'].forEach((item: unknown, i: number) => {
        const g = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
        refs.push({
          field: `gallery[${i}].image`,
          value: g['image'],
          role: 'scene',
          text: [str(g['caption']), str(g['alt'])],
        });
      });
    }
    for (const ref of refs) {
      if (ref.value === null || ref.value === undefined || ref.value === '') continue;
      if (typeof ref.value !== 'string') {
        errors.push(`${relFile}：${ref.field} 应写成图片的相对路径，如 ./photo.jpg，现在是 ${JSON.stringify(ref.value)}`);
        continue;
      }
      const value = ref.value.trim();
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value) || value.startsWith('/')) {
        skipped.push(`${relFile}：${ref.field} ${value}（不是相对路径，不生成）`);
        continue;
      }
      const abs = path.resolve(path.dirname(file), value);
      const relToContent = path.relative(contentDir, abs);
      if (relToContent.startsWith('..') || path.isAbsolute(relToContent)) {
        errors.push(`${relFile}：${ref.field} ${value} 指到了 content/ 以外`);
        continue;
      }
      if (!/\.(jpe?g|png|webp)$/i.test(abs)) {
        errors.push(`${relFile}：${ref.field} ${value}：只能生成 .jpg、.jpeg、.png 或 .webp 图片`);
        continue;
      }
      const rel = path.relative(root, abs).split(path.sep).join('/');
      const imageText = ref.text.filter((t): t is string => t !== null).map(toSimplified);
      const existing = targets.get(abs);
      if (existing) {
        // story cover that is also a gallery image: keep all the descriptions
        existing.ctx.imageText.push(...imageText.filter((t) => !existing.ctx.imageText.includes(t)));
        if (!existing.ctx.sources.includes(relFile)) existing.ctx.sources.push(relFile);
        if (ref.role === 'portrait') existing.ctx.role = 'portrait';
        continue;
      }
      targets.set(abs, { abs, rel, ctx: { ...base, sources: [relFile], role: ref.role, imageText } });
    }
  }
  return { targets, errors, skipped };
}
