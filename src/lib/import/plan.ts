// Planning an entry from an imported article: its slug and file names, its images placed, the person's facts
// found (or flagged), the frontmatter rendered. Plans only: writing is content/write.ts's.
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentPath } from '../content/files';
import type { PlannedFile } from '../content/write';
import type { Township } from '../places';
import { PERSON_CATEGORIES, type PersonCategory } from '../schema';
import type { Block } from './blocks';
import { renderFrontmatter, type Field } from '../content/render-frontmatter';
import type { EntryType, ImportContext, ImportOptions, ImportResult } from './import';
import type { PreparedImage } from './images';
import { blocksToMarkdown, type ImageLink } from './markdown';
import { freeSlug, newsSlug, personSlug, storySlug } from '../content/slug';

export const COLLECTION_OF: Record<EntryType, 'news' | 'stories' | 'people'> = { news: 'news', story: 'stories', person: 'people' };

const CAPTION = /^(?:图为|图：|图:|图片：|图片:|▲|△|↑|上图|下图|[（(]图|图\s?\d+[：:、.\s])/;
const MEANINGLESS_ALT =
  /^(?:图片?|image|img|picture|photo|pic|照片|截图|微信图片|IMG)[\s_-]*\d*(?:\.\w{2,4})?$|^[\w-]+\.(?:jpe?g|png|gif|bmp|webp)$|^\s*$/i;

const CATEGORY_WORDS: Record<PersonCategory, RegExp> = {
  老干部: /老干部|退休干部|离休干部|老党员|书记|乡长|镇长|局长|主任|科长/g,
  老战士: /老战士|老兵|退伍|转业军人|复员|参军|入伍|部队|军人|抗美援朝|自卫反击/g,
  老专家: /老专家|专家|医生|医师|工程师|农艺师|技术员|教授|研究员|律师/g,
  老教师: /老教师|退休教师|教师|老师|校长|教书|讲台/g,
  老模范: /老模范|劳模|劳动模范|模范|道德模范|先进个人/g,
};

export interface PlanInput {
  blocks: Block[];
  prepared: Map<number, PreparedImage>;
  options: ImportOptions;
  ctx: ImportContext;
  township: Township;
  topics: string[];
  markdown: boolean;
  fm: Record<string, unknown>;
  /** The township is a stand-in (none was named): the slug leaves it out. */
  townshipPlaceholder?: boolean;
}

/** Picks the slug and file names, places the images, and renders the entry. */
export function planEntry(result: ImportResult, input: PlanInput): void {
  const { options, ctx, township, prepared } = input;
  const record = result.record;
  const collection = COLLECTION_OF[options.type];
  const title = record.title!;
  const date = record.date ?? ctx.today;

  // Person: the name, the five-elder category and the starting year, found or flagged.
  const personName =
    options.type === 'person' ? findPersonName(title, typeof input.fm['name'] === 'string' ? input.fm['name'] : undefined) : null;
  if (options.type === 'person' && !personName) {
    result.flags.push('没有找到姓名：name 暂用标题，请改为本人姓名');
    record.warnings.push(result.flags.at(-1)!);
  }
  const namesake = personName ? ctx.existing.find((e) => e.collection === 'people' && e.title === personName) : undefined;
  if (namesake) {
    result.flags.push(`已有同名的五老典型 ${namesake.file}：是同一人时请把新材料并入原稿`);
    record.warnings.push(result.flags.at(-1)!);
  }

  const slugTownship = input.townshipPlaceholder ? '' : township.id;
  const base =
    options.type === 'news'
      ? newsSlug(date, slugTownship, title, ctx.places, ctx.county)
      : options.type === 'story'
        ? storySlug(date, slugTownship, title, ctx.places, ctx.county)
        : personSlug(personName ?? title);
  const dirOf = (slug: string) =>
    options.type === 'news'
      ? contentPath(ctx.root, 'news', date.slice(0, 4))
      : options.type === 'story'
        ? contentPath(ctx.root, 'stories', slug)
        : contentPath(ctx.root, 'people');
  const mdName = (slug: string) => (options.type === 'story' ? 'index.md' : `${slug}.md`);
  const imageRefs = [...prepared.keys()];
  const imageName = (slug: string, n: number, ext: string) =>
    options.type === 'story' ? `${n + 1}.${ext}` : n === 0 ? `${slug}.${ext}` : `${slug}-img${n + 1}.${ext}`;
  const taken = (slug: string) => {
    if (ctx.ids[collection].has(slug)) return true;
    const dir = dirOf(slug);
    if (options.type === 'story') return statExists(dir);
    return [mdName(slug), ...imageRefs.map((ref, n) => imageName(slug, n, prepared.get(ref)!.extension))].some((f) =>
      statExists(join(dir, f)),
    );
  };
  if (taken(base) && options.rename === false) {
    result.error = `已有同名稿件 ${relative(ctx.root, join(dirOf(base), mdName(base)))
      .split('\\')
      .join('/')}（或同名图片），按 --no-rename 的要求没有写入`;
    record.body = blocksToMarkdown(input.blocks, () => null, { escape: !input.markdown });
    return;
  }
  const slug = freeSlug(base, taken);
  ctx.ids[collection].add(slug);
  const dir = dirOf(slug);

  // Images: the first is the cover (portrait for a person); for a story every image goes to the gallery.
  const blocks = [...input.blocks];
  const files: PlannedFile[] = [];
  const links = new Map<number, ImageLink>();
  const captions = new Map<number, string>();
  blocks.forEach((block, i) => {
    if (block.kind !== 'image') return;
    const next = blocks[i + 1];
    const caption = next?.kind === 'para' && CAPTION.test(next.text) && next.text.length <= 120 ? next.text : '';
    const alt = MEANINGLESS_ALT.test(block.alt) ? '' : block.alt;
    // "图为…" says "this picture shows": an alt text or a caption under the picture does not need it.
    captions.set(block.ref, (caption.replace(/^(?:[▲△↑]\s*|图为\s*|图[：:]\s*|图片[：:]\s*)/, '').replace(/。$/, '') || alt).trim());
  });
  imageRefs.forEach((ref, n) => {
    const image = prepared.get(ref)!;
    const name = imageName(slug, n, image.extension);
    files.push({ path: join(dir, name), data: image.bytes });
    links.set(ref, { path: `./${name}`, alt: captions.get(ref) ?? '' });
    result.images.push({ file: relative(ctx.root, join(dir, name)).split('\\').join('/'), width: image.width, height: image.height });
  });
  const firstRef = imageRefs[0];
  const removeCaptionOf = (ref: number) => {
    const i = blocks.findIndex((b) => b.kind === 'image' && b.ref === ref);
    const next = blocks[i + 1];
    if (next?.kind === 'para' && captions.get(ref) && CAPTION.test(next.text)) {
      blocks.splice(i + 1, 1);
      result.fixes.push(`图片说明“${next.text}”移入${options.type === 'story' ? '图集说明' : '封面图说明'}`);
    }
  };
  let coverAlt: string | undefined;
  if (firstRef !== undefined && options.type !== 'story') {
    removeCaptionOf(firstRef);
    coverAlt = captions.get(firstRef) || undefined;
    if (!coverAlt) {
      coverAlt = options.type === 'person' ? `${personName ?? title}的照片` : title;
      record.warnings.push(
        `${options.type === 'person' ? '照片' : '封面图'}没有图片说明，${options.type === 'person' ? 'portraitAlt' : 'coverAlt'} 暂用“${coverAlt}”，请写一句话描述画面`,
      );
    }
  }
  if (options.type === 'story') for (const ref of imageRefs) removeCaptionOf(ref);
  const inBody = (ref: number): ImageLink | null => (options.type === 'story' || ref === firstRef ? null : (links.get(ref) ?? null));
  const body = blocksToMarkdown(blocks, inBody, { escape: !input.markdown });
  record.body = body;
  if (!body.trim()) {
    result.flags.push('正文为空：请补上正文');
    record.warnings.push(result.flags.at(-1)!);
  }

  const reviewNotes = result.flags.length ? result.flags : undefined;
  // An import is a draft until an editor has read it, unless --publish says the text needs no reading.
  const draft = reviewNotes || !options.publish ? true : undefined;
  const cover = firstRef !== undefined ? links.get(firstRef)!.path : undefined;
  let fields: Field[];
  if (options.type === 'news') {
    fields = [
      { key: 'title', value: record.title! },
      { key: 'date', value: date },
      { key: 'township', value: township.id },
      { key: 'village', value: result.village ?? undefined },
      { key: 'author', value: record.author ?? undefined },
      { key: 'source', value: result.sourceField ?? undefined },
      { key: 'topics', value: input.topics.length ? input.topics : undefined },
      { key: 'cover', value: cover },
      { key: 'coverAlt', value: cover ? coverAlt : undefined },
      { key: 'draft', value: draft },
      { key: 'reviewNotes', value: reviewNotes },
    ];
  } else if (options.type === 'story') {
    fields = [
      { key: 'title', value: record.title! },
      { key: 'date', value: date },
      { key: 'townships', value: [township.id] },
      { key: 'cover', value: cover },
      {
        key: 'gallery',
        value: imageRefs.length
          ? imageRefs.map((ref) => ({ image: links.get(ref)!.path, ...(captions.get(ref) ? { caption: captions.get(ref)! } : {}) }))
          : undefined,
      },
      { key: 'author', value: record.author ?? undefined },
      { key: 'topics', value: input.topics.length ? input.topics : undefined },
      { key: 'draft', value: draft },
      { key: 'reviewNotes', value: reviewNotes },
    ];
  } else {
    const text = `${title}\n${body}`;
    const category = guessCategory(text);
    if (!category) {
      result.flags.push(`没有判断出五老类别：category 暂填 ${PERSON_CATEGORIES[0]}，请改为 ${PERSON_CATEGORIES.join('、')} 之一`);
      record.warnings.push(result.flags.at(-1)!);
    }
    const since = /(?:自|从|于)?\s*((?:19|20)\d{2})\s*年(?:起|开始|以来|至今)/.exec(text) ?? /(?:自|从)\s*((?:19|20)\d{2})\s*年/.exec(text);
    if (!since) {
      result.flags.push(`没有找到开始从事关心下一代工作的年份：activeSince 暂填 ${ctx.today.slice(0, 4)}，请核对`);
      record.warnings.push(result.flags.at(-1)!);
    }
    const notes = result.flags.length ? result.flags : undefined;
    fields = [
      { key: 'name', value: personName ?? title },
      { key: 'category', value: category ?? PERSON_CATEGORIES[0] },
      { key: 'township', value: township.id },
      { key: 'village', value: result.village ?? undefined },
      { key: 'activeSince', value: Number(since?.[1] ?? ctx.today.slice(0, 4)) },
      { key: 'portrait', value: cover },
      { key: 'portraitAlt', value: cover ? coverAlt : undefined },
      { key: 'summary', value: personName && personName !== title ? title : undefined },
      { key: 'topics', value: input.topics.length ? input.topics : undefined },
      { key: 'draft', value: notes || !options.publish ? true : undefined },
      { key: 'reviewNotes', value: notes },
    ];
  }
  const markdown = renderFrontmatter(fields) + (body ? `${body}` : '');
  const mdPath = join(dir, mdName(slug));
  files.push({ path: mdPath, data: markdown });
  result.plan = { slug, file: relative(ctx.root, mdPath).split('\\').join('/'), files, markdown, renamed: slug !== base };
  if (slug !== base) record.warnings.push(`文件名 ${base} 已被占用，改用 ${slug}`);
}

function statExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** "李秀英：一辈子的乡村教师" → 李秀英; a two-to-four-character title → itself. */
export function findPersonName(title: string, given?: string): string | null {
  if (given?.trim()) return given.trim();
  const head = /^([\p{Script=Han}·]{2,4})\s*[：:—\-|｜，,\s]/u.exec(title);
  if (head) return head[1]!;
  if (/^[\p{Script=Han}·]{2,4}$/u.test(title.trim())) return title.trim();
  const quoted = /(?:记|追记|走近)\s*([\p{Script=Han}]{2,4})$/u.exec(title);
  return quoted ? quoted[1]! : null;
}

export function guessCategory(text: string): PersonCategory | null {
  const scores = PERSON_CATEGORIES.map((c) => ({ c, n: text.match(CATEGORY_WORDS[c])?.length ?? 0 }));
  const best = scores.sort((a, b) => b.n - a.n)[0]!;
  return best.n > 0 ? best.c : null;
}
