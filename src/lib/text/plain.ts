// Plain text from Markdown bodies, for summaries and excerpts.

/** Strips Markdown and HTML to readable plain text (one line). */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/^---[\s\S]*?---/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `length` characters of the text, cut at a sentence end where one is near. */
export function excerpt(text: string, length = 90): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  const head = chars.slice(0, length).join('');
  const stop = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'));
  return stop >= length * 0.6 ? head.slice(0, stop + 1) : `${head}……`;
}

/** The entry's own summary, or the opening of its body. */
export function summaryOf(summary: string | undefined, body: string | undefined, length = 90): string {
  return summary?.trim() || excerpt(markdownToPlainText(body ?? ''), length);
}
