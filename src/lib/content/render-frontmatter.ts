// Frontmatter written the way editors write it by hand (content/README.md): one field a line, short lists in
// brackets, comments where a value needs checking. Every scalar is quoted by the YAML library when it must be.
import { stringify } from 'yaml';

export type FieldValue = string | number | boolean | string[] | Record<string, string>[];

export interface Field {
  key: string;
  value?: FieldValue | undefined;
  /** Written after the value as `# …`. */
  comment?: string | undefined;
  /** Written as a commented-out line (`# key: value  # comment`): optional fields offered in a skeleton. */
  commentedOut?: boolean | undefined;
}

/** A YAML scalar on one line, quoted only when YAML needs it. */
export function yamlScalar(value: string | number | boolean): string {
  return stringify(value, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }).trimEnd();
}

/** Safe inside [a, b]: no flow indicators, not empty. */
function flowSafe(item: string): boolean {
  return item !== '' && !/[,[\]{}#&*!|>'"%@`:]/.test(item) && yamlScalar(item) === item;
}

function renderValue(key: string, value: FieldValue): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${key}: []`];
    if (value.every((v): v is string => typeof v === 'string')) {
      const strings = value as string[];
      if (strings.every(flowSafe) && strings.join(', ').length <= 80) return [`${key}: [${strings.join(', ')}]`];
      return [`${key}:`, ...strings.map((s) => `  - ${yamlScalar(s)}`)];
    }
    const maps = value as Record<string, string>[];
    return [
      `${key}:`,
      ...maps.flatMap((map) => Object.entries(map).map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${yamlScalar(v)}`)),
    ];
  }
  return [`${key}: ${yamlScalar(value)}`];
}

export function renderFrontmatter(fields: Field[]): string {
  const lines: string[] = [];
  for (const field of fields) {
    if (field.value === undefined && !field.commentedOut) continue;
    const rendered = field.value === undefined ? [`${field.key}:`] : renderValue(field.key, field.value);
    if (field.comment) rendered[0] = `${rendered[0]}  # ${field.comment}`;
    lines.push(...(field.commentedOut ? rendered.map((l) => `# ${l}`) : rendered));
  }
  return `---\n${lines.join('\n')}\n---\n`;
}
