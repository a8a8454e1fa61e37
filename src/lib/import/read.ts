// Reading a submission: the file's bytes decoded (Word, web page, Markdown or plain text in any common
// encoding) into blocks, with the repairs every kind needs. What the blocks mean is import.ts's business.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter';
import { isEmptyBlock, mapBlockText, type Block, type Dropped } from './blocks';
import { cleanInline, dropPageFurniture, repairBrokenMarkup, stripControlCharacters, textToParagraphs } from './clean';
import { docxToBlocks, type DocxImage } from './docx';
import { decodeText, ENCODING_LABELS } from './encoding';
import { htmlToBlocks, MAX_HTML_DEPTH, type HtmlHints } from './html';

/** Old Word and WPS files: converted with LibreOffice when it is installed, else refused with one sentence. */
export const LEGACY_WORD_EXTENSIONS = ['.doc', '.wps'] as const;

export interface Submission {
  blocks: Block[];
  dropped: Dropped[];
  hints: HtmlHints & { frontmatter?: Record<string, unknown> };
  images: DocxImage[];
  /** Addresses of web images; image blocks of a web page refer to them by index. */
  webImages: string[];
  /** Images a .docx refers to that could not be taken out of it. */
  droppedImages: string[];
  /** Human notes on what was repaired (encoding, tags, entities): shown in the report, not flags. */
  fixes: string[];
  /** Markdown input keeps its own markup. */
  markdown: boolean;
}

function cleanBlocks(blocks: Block[], fixes: string[]): Block[] {
  const tags: string[] = [];
  const repaired: string[] = [];
  let pinyin = 0;
  let controls = 0;
  const cleaned = blocks
    .map((block) =>
      mapBlockText(block, (text) => {
        const result = cleanInline(text);
        tags.push(...result.tags);
        repaired.push(...result.repaired);
        pinyin += result.pinyin;
        controls += result.controls;
        return result.text;
      }),
    )
    // A paragraph whose text had <br> inside becomes several paragraphs.
    .flatMap((block): Block[] =>
      block.kind === 'para' && block.text.includes('\n') ? block.text.split('\n').map((text) => ({ kind: 'para', text })) : [block],
    )
    .filter((b) => !isEmptyBlock(b));
  if (repaired.length) fixes.push(`修复被错误解码弄坏的标记 ${repaired.length} 处（${[...new Set(repaired)].slice(0, 5).join(' ')}）`);
  if (tags.length) fixes.push(`去掉文字里残留的 HTML 标记 ${tags.length} 处（${[...new Set(tags)].slice(0, 5).join(' ')}）`);
  if (pinyin) fixes.push(`去掉字后的拼音注音 ${pinyin} 处（如“调(diào)”）`);
  if (controls) fixes.push(`去掉看不见的控制字符 ${controls} 处`);
  return cleaned;
}

function markdownToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!lines.length) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
    else if (lines.every((l) => /^([-*+]|\d+[.)])\s+/.test(l))) {
      blocks.push({ kind: 'list', ordered: /^\d/.test(lines[0]!), items: lines.map((l) => l.replace(/^([-*+]|\d+[.)])\s+/, '')) });
    } else if (lines.every((l) => l.startsWith('|'))) {
      const rows = lines
        .filter((l) => !/^\|[\s:|-]+\|$/.test(l))
        .map((l) =>
          l
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((c) => c.trim()),
        );
      blocks.push({ kind: 'table', rows });
    } else if (lines.every((l) => l.startsWith('>')))
      blocks.push({ kind: 'quote', text: lines.map((l) => l.replace(/^>\s?/, '')).join('') });
    else blocks.push(...textToParagraphs(lines.join('\n')).map((p): Block => ({ kind: 'para', text: p })));
  }
  return blocks;
}

/** LibreOffice's command, when installed. */
function libreOffice(): string | null {
  for (const cmd of ['soffice', 'libreoffice']) {
    try {
      execFileSync(cmd, ['--version'], { stdio: 'ignore', timeout: 20_000 });
      return cmd;
    } catch {
      /* not this one */
    }
  }
  return null;
}

/** .doc/.wps → .docx bytes through LibreOffice, or an error with the one sentence an editor needs. */
function convertLegacyWord(path: string): Buffer {
  const kind = extname(path).toLowerCase() === '.wps' ? 'WPS 文字（.wps）' : '旧版 Word（.doc）';
  const cmd = libreOffice();
  if (!cmd)
    throw new Error(`这是${kind}文件，不能直接导入：请在 Word 或 WPS 里打开，“另存为” .docx 格式后再导入（装有 LibreOffice 时会自动转换）`);
  const dir = mkdtempSync(join(tmpdir(), 'ggw-doc-'));
  try {
    execFileSync(cmd, ['--headless', '--convert-to', 'docx', '--outdir', dir, path], { stdio: 'ignore', timeout: 120_000 });
    const out = readdirSync(dir).find((n) => n.toLowerCase().endsWith('.docx'));
    if (!out) throw new Error('LibreOffice 没有生成 .docx');
    return readFileSync(join(dir, out));
  } catch (error) {
    throw new Error(
      `这是${kind}文件，用 LibreOffice 转换失败（${(error as Error).message.split('\n')[0]}）：请在 Word 或 WPS 里“另存为” .docx 后再导入`,
      { cause: error },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function readSubmission(path: string): Promise<Submission> {
  const ext = extname(path).toLowerCase();
  const legacy = (LEGACY_WORD_EXTENSIONS as readonly string[]).includes(ext);
  const bytes = legacy ? convertLegacyWord(path) : readFileSync(path);
  const fixes: string[] = [];
  if (legacy) fixes.push(`${ext} 文件已用 LibreOffice 转为 .docx 读取`);
  if (ext === '.docx' || legacy) {
    const docx = await docxToBlocks(bytes);
    return {
      blocks: cleanBlocks(docx.blocks, fixes),
      dropped: docx.dropped,
      hints: docx.hints,
      images: docx.images,
      webImages: [],
      droppedImages: docx.droppedImages,
      fixes,
      markdown: false,
    };
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding !== 'utf-8' || decoded.bom)
    fixes.push(`按 ${ENCODING_LABELS[decoded.encoding]} 编码读取${decoded.bom ? '（带 BOM）' : ''}`);
  const looksLikePage = /<(html|body|head)[\s>]/i.test(decoded.text.slice(0, 4000));
  if (ext === '.html' || ext === '.htm' || looksLikePage) {
    const html = htmlToBlocks(decoded.text);
    if (html.hints.source) html.hints.source = cleanInline(html.hints.source).text;
    if (html.hints.author) html.hints.author = cleanInline(html.hints.author).text;
    if (html.hints.flattened)
      fixes.push(`网页标记嵌套超过 ${MAX_HTML_DEPTH} 层，更深处的 ${html.hints.flattened} 个标记已展平（文字都在）`);
    // Titles from the page head pass through the same repairs as the text.
    html.hints.titles = html.hints.titles.map((t) => cleanInline(t).text).filter(Boolean);
    if (html.hints.pageHeading) html.hints.pageHeading = cleanInline(html.hints.pageHeading).text;
    return {
      blocks: cleanBlocks(html.blocks, fixes),
      dropped: html.dropped,
      hints: html.hints,
      images: [],
      webImages: html.webImages,
      droppedImages: [],
      fixes,
      markdown: false,
    };
  }
  if (ext === '.md') {
    const { data, body } = splitFrontmatter(decoded.text, { lenient: true });
    const blocks = markdownToBlocks(body)
      .map((b) => mapBlockText(b, (t) => cleanInline(t).text))
      .filter((b) => !isEmptyBlock(b));
    return {
      blocks,
      dropped: [],
      hints: { titles: [], around: [], frontmatter: data },
      images: [],
      webImages: [],
      droppedImages: [],
      fixes,
      markdown: true,
    };
  }
  // Plain text: broken and real tags first (they may be the only paragraph breaks), page furniture of PDF text,
  // entities (an &nbsp; can be indentation), then paragraphs, then per-line fixes.
  const repaired = repairBrokenMarkup(decoded.text);
  const paged = dropPageFurniture(repaired.text.replace(/<br\s*\/?>|<\/?(?:p|div|li|tr|h[1-6]|section)(?:\s[^<>]*)?>/gi, '\n'));
  if (repaired.repaired.length)
    fixes.push(`修复被错误解码弄坏的标记 ${repaired.repaired.length} 处（${[...new Set(repaired.repaired)].slice(0, 5).join(' ')}）`);
  const controls = stripControlCharacters(paged.text);
  if (controls.count) fixes.push(`去掉看不见的控制字符 ${controls.count} 处`);
  const paragraphs = textToParagraphs(cleanInlineKeepingIndent(controls.text, fixes));
  const blocks = cleanBlocks(
    paragraphs.map((p): Block => ({ kind: 'para', text: p })),
    fixes,
  );
  return {
    blocks,
    dropped: paged.dropped,
    hints: { titles: [], around: [] },
    images: [],
    webImages: [],
    droppedImages: [],
    fixes,
    markdown: false,
  };
}

/** Decodes entities in text that will still be split into paragraphs, keeping line starts as they were. */
function cleanInlineKeepingIndent(text: string, fixes: string[]): string {
  const entities = text.match(/&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/g) ?? [];
  if (entities.length) fixes.push(`还原 HTML 实体 ${entities.length} 处（${[...new Set(entities)].slice(0, 5).join(' ')}）`);
  return text
    .split('\n')
    .map((line) => {
      const indent = /^[\s\u3000]*/.exec(line)![0];
      const rest = line.slice(indent.length);
      // &nbsp;&nbsp; at the start of a line is indentation: keep it as spaces for paragraph detection.
      const lead = /^(?:&nbsp;|&#160;|&emsp;|&#12288;)+/.exec(rest)?.[0] ?? '';
      return (
        indent +
        '　'.repeat(lead ? 2 : 0) +
        rest.slice(lead.length).replace(/&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/g, (e) => cleanInline(e).text || ' ')
      );
    })
    .join('\n');
}
