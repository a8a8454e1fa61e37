// The one way an entry file is read: the YAML frontmatter between the first two `---` lines and the body.
// One YAML library (`yaml`) parses everything we read; it gives the same values as Astro's own reader for our
// frontmatter (dates included, with the timestamp tag), and positions for error lines.
import { parse, YAMLParseError } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitEntry {
  hasFrontmatter: boolean;
  /** The YAML between the --- lines ('' when there is none); it starts on line 2 of the file. */
  frontmatter: string;
  data: Record<string, unknown>;
  body: string;
  /** Line of the file where the body starts (1-based). */
  bodyLine: number;
  /** Only when read leniently: why the YAML could not be read, at which line of the file. */
  yamlError?: { message: string; line: number } | undefined;
}

/** Parses YAML text (a registry or frontmatter) with the project's one YAML reader. */
export function parseYaml(text: string): unknown {
  // YAML's timestamp tag, as Astro's reader has it: `date: 2025-11-03` becomes a Date.
  return parse(text, { customTags: ['timestamp'] });
}

/**
 * Splits an entry file. Strict (the default) throws on broken YAML; `lenient` returns empty data and the
 * error with its line instead, for whoever reads the whole site and must keep going.
 */
export function splitFrontmatter(source: string, { lenient = false } = {}): SplitEntry {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(text);
  if (!match) return { hasFrontmatter: false, frontmatter: '', data: {}, body: text, bodyLine: 1 };
  const frontmatter = match[1]!;
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  try {
    const data = parseYaml(frontmatter);
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { hasFrontmatter: true, frontmatter, data: record, body, bodyLine };
  } catch (error) {
    if (!lenient) throw error;
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
    // The first line of the library's message says what is wrong; the rest is a picture of the line.
    const message = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { hasFrontmatter: true, frontmatter, data: {}, body, bodyLine, yamlError: { message, line: line + 1 } };
  }
}
