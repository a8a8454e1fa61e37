// The sanitizer as pages and feeds use it: per entry, with each entry's removals logged once per build.
import { describeRemovals, sanitizeHtml } from './sanitize-html';

export type RemovalLog = (file: string, removed: string[]) => void;

const consoleLog: RemovalLog = (file, removed) => console.warn(`[安全] ${file}：已移除 ${describeRemovals(removed)}`);

/** A sanitizer that reports what it removed from each file once, however often the entry is rendered. */
export function entrySanitizer(log: RemovalLog = consoleLog) {
  const reported = new Set<string>();
  return (html: string, file: string | undefined): string => {
    const result = sanitizeHtml(html);
    const key = `${file}\n${result.removed.join('\n')}`;
    if (result.removed.length && !reported.has(key)) {
      reported.add(key);
      log(file ?? '（未知文件）', result.removed);
    }
    return result.html;
  };
}

/** The build's one instance: pages, bulletins and feeds share its log. */
export const safeEntryHtml = entrySanitizer();
