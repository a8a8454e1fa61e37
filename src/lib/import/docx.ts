// Word files (.docx): mammoth turns the document into HTML (headings, paragraphs, lists, tables, images);
// html.ts turns that into blocks. Images are kept as bytes for images.ts. Before mammoth sees the file, the zip
// is measured as it inflates, so a small file that expands to hundreds of megabytes is refused, not opened.
import { Unzip, UnzipInflate } from 'fflate';
import mammoth from 'mammoth';
import type { Block } from './blocks';
import { htmlToBlocks, type HtmlResult } from './html';

export interface DocxImage {
  bytes: Buffer;
  contentType: string;
  /** Alternative text stored in the document, if any. */
  alt: string;
}

export interface DocxResult extends HtmlResult {
  images: DocxImage[];
  /** Images the document refers to that could not be taken out of it, each with the reason (in Chinese). */
  droppedImages: string[];
  /** mammoth's own warnings (unknown styles and the like): not shown unless something else goes wrong. */
  messages: string[];
}

/** What a .docx may expand to. Photos barely compress, so a large real document stays close to its file size. */
export const DOCX_LIMITS = {
  /** Total bytes once unzipped. */
  maxExpanded: 150 * 1024 * 1024,
  /** Above this many expanded bytes, the expansion ratio is checked too. */
  ratioFloor: 16 * 1024 * 1024,
  /** Expanded / compressed: text compresses ~10×, photos ~1×; zip bombs reach hundreds. */
  maxRatio: 60,
  maxEntries: 5000,
};

export class DocxTooLargeError extends Error {}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Inflates the zip without keeping anything, counting bytes; throws DocxTooLargeError past the limits. */
export function checkDocxExpansion(bytes: Uint8Array, limits = DOCX_LIMITS): number {
  let total = 0;
  let entries = 0;
  const tooLarge = () => {
    const ratio = total / Math.max(1, bytes.length);
    return total > limits.maxExpanded || (total > limits.ratioFloor && ratio > limits.maxRatio);
  };
  const refuse = () =>
    new DocxTooLargeError(
      `这个 Word 文件只有 ${mb(bytes.length)}，解压后却超过 ${mb(total)}（最多 ${mb(limits.maxExpanded)}，且不超过文件大小的 ${limits.maxRatio} 倍），` +
        '多半是损坏或恶意构造的文件，没有导入。请在 Word 里打开后另存为新的 .docx 再试',
    );
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (++entries > limits.maxEntries)
      throw new DocxTooLargeError(`这个 Word 文件里有超过 ${limits.maxEntries} 个部件，不像正常的文档，没有导入`);
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (tooLarge()) throw refuse();
    };
    file.start();
  };
  // Feed in slices so a refusal stops the inflation early.
  const step = 64 * 1024;
  for (let i = 0; i < bytes.length; i += step) unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  return total;
}

const IMAGE_SRC = /^docx-image:(\d+)$/;

const DAMAGED = '这不是完好的 Word（.docx）文件（文件损坏，或者只下载了一部分）：请在 Word 或 WPS 里打开，另存为 .docx 后再导入';

export async function docxToBlocks(bytes: Buffer): Promise<DocxResult> {
  try {
    checkDocxExpansion(bytes);
  } catch (error) {
    if (error instanceof DocxTooLargeError) throw error;
    throw new Error(`${DAMAGED}（${(error as Error).message}）`, { cause: error });
  }
  const images: DocxImage[] = [];
  const droppedImages: string[] = [];
  const result = await convert(bytes, images, droppedImages);
  // mammoth leaves out images it cannot resolve (a missing part, a link outside the file) with a warning only.
  for (const m of result.messages) if (/image/i.test(m.message)) droppedImages.push(`有一张图片没有导入：${m.message}`);
  const html = htmlToBlocks(result.value, {
    isDocument: true,
    imageBlock: (src, alt): Block | null => {
      const m = IMAGE_SRC.exec(src);
      if (!m) return null;
      const ref = Number(m[1]);
      if (images[ref] && alt) images[ref].alt = alt;
      return { kind: 'image', ref, alt };
    },
  });
  return { ...html, images, droppedImages, messages: result.messages.map((m) => m.message) };
}

/** mammoth over the file; images are collected into `images`, the ones it cannot take out into `droppedImages`. */
async function convert(bytes: Buffer, images: DocxImage[], droppedImages: string[]) {
  let seen = 0;
  try {
    return await mammoth.convertToHtml(
      { buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          seen++;
          try {
            images.push({ bytes: await image.readAsBuffer(), contentType: image.contentType, alt: '' });
          } catch (error) {
            const message = (error as Error).message.split('\n')[0]!;
            const external = /could not read external image '([^']*)'/.exec(message);
            droppedImages.push(
              external
                ? `第 ${seen} 张图片链接到 Word 文件以外（${external[1]}），为安全起见没有读取`
                : `第 ${seen} 张图片读不出来（${message}）`,
            );
            return { src: '' };
          }
          return { src: `docx-image:${images.length - 1}` };
        }),
        // mammoth's style-map syntax takes single quotes only (double quotes make it ignore the line).
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"],
      },
    );
  } catch (error) {
    // A zip that holds no Word document (a renamed file, a damaged download).
    throw new Error(`${DAMAGED}（${(error as Error).message.split('\n')[0]}）`, { cause: error });
  }
}
