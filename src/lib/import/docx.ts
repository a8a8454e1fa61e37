// Word files (.docx): mammoth turns the document into HTML (headings, paragraphs, lists, tables, images);
// html.ts turns that into blocks. Images are kept as bytes for images.ts.
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
  /** mammoth's own warnings (unknown styles and the like): not shown unless something else goes wrong. */
  messages: string[];
}

const IMAGE_SRC = /^docx-image:(\d+)$/;

export async function docxToBlocks(bytes: Buffer): Promise<DocxResult> {
  const images: DocxImage[] = [];
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      convertImage: mammoth.images.imgElement(async (image) => {
        images.push({ bytes: await image.readAsBuffer(), contentType: image.contentType, alt: '' });
        return { src: `docx-image:${images.length - 1}` };
      }),
      styleMap: ['p[style-name="Title"] => h1:fresh', 'p[style-name="标题"] => h1:fresh', 'p[style-name="Subtitle"] => p:fresh'],
    },
  );
  const html = htmlToBlocks(result.value, {
    isDocument: true,
    imageBlock: (src, alt): Block | null => {
      const m = IMAGE_SRC.exec(src);
      if (!m) return null;
      const ref = Number(m[1]);
      if (images[ref]) images[ref].alt = alt;
      return { kind: 'image', ref, alt };
    },
  });
  return { ...html, images, messages: result.messages.map((m) => m.message) };
}
