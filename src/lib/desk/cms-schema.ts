// Reads the shape of our zod schemas (src/lib/schema.ts, site-config, places) so the CMS form is built
// from them: field names, order, required or not, enum choices, lists and their items, image fields.
import { z } from 'zod';
import type { PlaceRegistry } from '../places';

interface NodeBase {
  optional: boolean;
  /** What the schema gives when the field is left out (only plain values: true, '/', 'gitea' …). */
  default?: string | number | boolean;
}
export type SchemaNode = NodeBase &
  (
    | { kind: 'string' | 'number' | 'boolean' | 'unknown' | 'image'; integer?: boolean }
    | { kind: 'enum'; options: string[] }
    | { kind: 'array'; element: SchemaNode }
    | { kind: 'object'; shape: Record<string, SchemaNode> }
  );

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): AnyDef => (schema as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Schema tools for reading shapes: image() gives a marked string schema the reader recognises. */
export function shapeTools(places: PlaceRegistry) {
  const images = new WeakSet<object>();
  return {
    images,
    tools: {
      places,
      image: () => {
        const schema = z.string();
        images.add(schema);
        return schema;
      },
    },
  };
}

/** The node a schema describes, looking through defaults, optionals, preprocessing and transforms. */
export function describeSchema(schema: z.ZodType, images: WeakSet<object> = new WeakSet()): SchemaNode {
  const empty = schema.safeParse(undefined);
  const optional = empty.success;
  const fallback =
    empty.success && ['string', 'number', 'boolean'].includes(typeof empty.data) ? (empty.data as string | number | boolean) : undefined;
  type Inner = {
    kind: SchemaNode['kind'];
    integer?: boolean;
    options?: string[];
    element?: SchemaNode;
    shape?: Record<string, SchemaNode>;
  };
  const inner = (s: z.ZodType): Inner => {
    if (images.has(s)) return { kind: 'image' };
    const def = defOf(s);
    switch (def.type) {
      case 'default':
      case 'optional':
      case 'nullable':
      case 'prefault':
        return inner(def.innerType as z.ZodType);
      case 'pipe': {
        const from = def.in as z.ZodType;
        const to = def.out as z.ZodType;
        // preprocess(fn, schema) and schema.transform(fn): the real shape is on the schema side.
        if (defOf(to).type === 'transform') return inner(from);
        if (defOf(from).type === 'transform') return inner(to);
        // refine(...).pipe(image()): the target decides.
        const target = inner(to);
        return target.kind === 'unknown' ? inner(from) : target;
      }
      case 'string':
        return { kind: 'string' };
      case 'number':
        return { kind: 'number', integer: (s as z.ZodNumber).isInt };
      case 'boolean':
        return { kind: 'boolean' };
      case 'enum':
        return { kind: 'enum', options: (s as z.ZodEnum).options.map(String) };
      case 'array':
        return { kind: 'array', element: describeSchema(def.element as z.ZodType, images) };
      case 'object':
        return {
          kind: 'object',
          shape: Object.fromEntries(
            Object.entries((s as z.ZodObject).shape).map(([key, value]) => [key, describeSchema(value as z.ZodType, images)]),
          ),
        };
      case 'union': {
        // site.yaml's bulletinSections: a bare name or an object; the form writes the object.
        const options = (def.options as z.ZodType[]).map((o) => inner(o));
        return options.find((o) => o.kind === 'object') ?? options[0]!;
      }
      default:
        return { kind: 'unknown' };
    }
  };
  return { ...inner(schema), optional, ...(fallback !== undefined ? { default: fallback } : {}) } as SchemaNode;
}

/** Every field path of an object node, nested ones joined with dots: title, honours.year … */
export function fieldPaths(node: SchemaNode, prefix = ''): string[] {
  if (node.kind === 'object') {
    return Object.entries(node.shape).flatMap(([key, child]) => [`${prefix}${key}`, ...fieldPaths(child, `${prefix}${key}.`)]);
  }
  if (node.kind === 'array') return fieldPaths(node.element, prefix);
  return [];
}
