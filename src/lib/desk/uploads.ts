// What the import page accepts, and one Chinese sentence for each file it does not: an editor never sees a
// stack trace, only what to do next.
import { extname } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../import/import';

/** Larger than any Word report with a dozen phone photos; a bigger file is almost always uncompressed photos. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Old Word (.doc), WPS (.wps) and other OLE compound files. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function tooLarge(bytes: number, maxBytes = MAX_UPLOAD_BYTES): string {
  return `文件太大（${size(bytes)}，最多 ${size(maxBytes)}）：多半是照片没有压缩，请在 Word 里点“文件 → 压缩图片”后另存，或把照片单独发送，再导入。`;
}

/** Why a file cannot be imported, as one sentence saying what to do; null when it can be tried. */
export function uploadProblem(name: string, bytes: Uint8Array, maxBytes = MAX_UPLOAD_BYTES): string | null {
  const ext = extname(name).toLowerCase();
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (ext === '.doc' || ext === '.wps' || ext === '.et' || ((ext === '.docx' || ext === '') && startsWith(bytes, OLE))) {
    return '这是旧版 Word（.doc）或 WPS 格式的文件，不能直接导入：请用 Word 或 WPS 打开它，点“另存为”，选“Word 文档（*.docx）”保存后再导入。';
  }
  if (ext === '.pdf' || startsWith(bytes, PDF)) {
    return 'PDF 文件不能直接导入：请向供稿单位要 Word 原件；没有原件时，在 PDF 里全选复制文字，粘贴到本页下方的文本框。';
  }
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return `不能导入 ${ext ? `${ext} ` : '没有扩展名的'}文件：只能导入 Word 文档（.docx）、网页（.html、.htm）、文本（.txt）和 Markdown（.md）；其他内容请复制文字后粘贴到本页下方的文本框。`;
  }
  if (
    bytes.length === 0 ||
    (ext !== '.docx' && !new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536)).replace(/[\s\uFEFF\u0000]/g, ''))
  ) {
    return '这个文件是空的，里面没有文字：请打开原件确认内容已经保存，再重新导入。';
  }
  if (ext === '.docx' && !startsWith(bytes, ZIP)) {
    return '这个文件的扩展名是 .docx，但它不是 Word 文档（可能是别的文件改了名字）：请用 Word 或 WPS 打开原件，另存为“Word 文档（*.docx）”后再导入。';
  }
  if (ext !== '.docx' && looksBinary(bytes)) {
    return `这个 ${ext} 文件里不是文字（可能是图片或别的文件改了名字）：请打开原件，把文字复制后粘贴到本页下方的文本框。`;
  }
  return null;
}

/** NUL bytes outside UTF-16 text, or many control characters: not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) return false;
  let zeroEven = 0;
  let zeroOdd = 0;
  let control = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 ? zeroOdd++ : zeroEven++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  });
  const half = sample.length / 2;
  // UTF-16 without a BOM: zeros on one side only.
  const utf16 = (zeroOdd > half * 0.2 && zeroEven < half * 0.05) || (zeroEven > half * 0.2 && zeroOdd < half * 0.05);
  if (utf16) return false;
  return zeroEven + zeroOdd > 0 || control > sample.length * 0.05;
}

/** What the page says when the text names no township of the county. */
export const NEEDS_TOWNSHIP = '正文里没有找到是哪个乡镇（街道）的稿件：请在下面的“乡镇（街道）”里选一个。';

/** The importer's refusal, said for the import page (it speaks of command-line options). */
export function importErrorSentence(error: string, ext: string): string {
  if (error.startsWith('找不到乡镇')) return NEEDS_TOWNSHIP;
  if (error.startsWith('无法读取')) {
    return ext === '.docx'
      ? '这个 Word 文件打不开（可能已损坏或只保存了一半）：请用 Word 打开原件，另存为“Word 文档（*.docx）”后再导入。'
      : '这个文件读不出来：请打开原件，把文字复制后粘贴到本页下方的文本框。';
  }
  if (error.startsWith('未知的乡镇')) return '选的乡镇（街道）不在名录里：请从列表里重新选一个。';
  return inPageWords(error);
}

/** The importer's hints name command-line options; the page has a field or a box for each. */
export function inPageWords(text: string): string {
  return text
    .replace(/加 --to-simplified 可转为简体/g, '勾选上面的“繁体字转为简体”可一并改好')
    .replace(/请?用 --township 指定/g, '请在“乡镇（街道）”里改')
    .replace(/--township/g, '“乡镇（街道）”一栏');
}
