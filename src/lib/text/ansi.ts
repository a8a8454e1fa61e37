// Terminal colour codes. Astro colours its log when FORCE_COLOR is set (as some CI runners do) even into a
// pipe, so whatever reads that log line by line removes them first.
const ANSI_ESCAPE = /\x1b\[[0-9;?]*[A-Za-z]/g;

export function withoutAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '');
}
