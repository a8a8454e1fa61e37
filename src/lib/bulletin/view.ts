// What an issue page (and its PDF) shows besides the items themselves: numbering and anchors for the
// items, the PDF's address and file name, and the document information written into the PDF.
import { formatChineseDate, formatYearMonth, type PlainDate, type YearMonth } from '../dates';
import { issueLine } from './issue-label';

export interface NumberedItem<T> {
  /** 1, 2, 3 … across the whole issue, in print order. */
  no: number;
  /** Fragment id of the item's full text on the issue page: news-2026-10-27-baisha-wuhao-guanmo */
  anchor: string;
  item: T;
}

/** Numbers the items of an issue in print order and gives each an anchor for the table of contents. */
export function numberSections<T extends { kind: 'news' | 'stories'; entry: { id: string } }>(
  sections: { section: string; items: T[] }[],
): { section: string; anchor: string; items: NumberedItem<T>[] }[] {
  let no = 0;
  return sections.map((s, i) => ({
    section: s.section,
    anchor: `section-${i + 1}`,
    items: s.items.map((item) => ({ no: ++no, anchor: `${item.kind}-${item.entry.id}`, item })),
  }));
}

/** The PDF sits beside the issue's folder: /bulletins/2026-10.pdf for /bulletins/2026-10/. */
export function bulletinPdfHref(bulletinsPath: string, id: string): string {
  return `${bulletinsPath.endsWith('/') ? bulletinsPath : `${bulletinsPath}/`}${id}.pdf`;
}

/** dist/bulletins/2026-10.pdf relative to the site root. */
export function bulletinPdfFile(id: string): string {
  return `bulletins/${id}.pdf`;
}

/** Name offered when saving the PDF: 关工动态2026年第10期.pdf */
export function bulletinPdfDownloadName(bulletinName: string, data: { month: YearMonth; issue: number }): string {
  return `${bulletinName}${issueLine(data, false)}.pdf`;
}

export interface PdfDocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  /** 出刊日期 */
  date: PlainDate;
  language: string;
}

/** Title, author, subject and keywords of an issue's PDF; the page carries them as data-pdf-* attributes. */
export function pdfDocumentInfo(
  site: { bulletinName: string; editingUnit: string; fullName: string; runningNumber: boolean },
  data: { month: YearMonth; issue: number; runningNumber?: number | undefined; date: PlainDate },
  sections: { section: string; titles: string[] }[],
): PdfDocumentInfo {
  return {
    title: `《${site.bulletinName}》${issueLine(data, site.runningNumber)}`,
    author: site.editingUnit,
    subject: `${site.fullName}《${site.bulletinName}》${formatYearMonth(data.month)}，${formatChineseDate(data.date)}出刊`,
    keywords: [site.bulletinName, ...new Set(sections.map((s) => s.section)), ...sections.flatMap((s) => s.titles)],
    creator: `${site.fullName}网站（关工动态 npm run pdf）`,
    date: data.date,
    language: 'zh-CN',
  };
}

/**
 * Marks the PDF link's block on an issue page. As built it is hidden and its link has no href (its attributes
 * wait as data-pdf-set-href, data-pdf-set-download …), so no page links to a PDF that does not exist yet;
 * `npm run pdf` shows it once the PDF is written (see pdf.ts).
 */
export const PDF_LINK_ATTRIBUTE = 'data-pdf-link';
