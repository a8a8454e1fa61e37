// The township registry (content/townships.yaml): one place that knows every township and village.
import { z } from 'zod';
import { stripForbiddenChars } from './html';

export const TOWNSHIP_KINDS = ['镇', '乡', '街道', '场'] as const;
export const VILLAGE_KINDS = ['村', '社区'] as const;

const idPattern = /^[a-z][a-z0-9-]*$/;
/** Names are shown everywhere (pages, feeds, share cards): control characters pasted with them are dropped. */
const name = () => z.string().transform(stripForbiddenChars).pipe(z.string().trim().min(1));

const villageSchema = z.object({
  /** Stable ASCII id, unique inside its township (the same name may exist elsewhere). */
  id: z.string().regex(idPattern, '村（社区）id 只能用小写字母、数字和连字符，以字母开头'),
  name: name(),
  kind: z.enum(VILLAGE_KINDS),
});

export const townshipSchema = z.object({
  /** Stable ASCII id: used in URLs and feeds, never change it after publishing. */
  id: z.string().regex(idPattern, '乡镇 id 只能用小写字母、数字和连字符，以字母开头'),
  name: name(),
  kind: z.enum(TOWNSHIP_KINDS),
  /** Display order in lists. */
  order: z.number().int(),
  /** One or two sentences shown on the township page. */
  intro: z.string().transform(stripForbiddenChars).default(''),
  villages: z.array(villageSchema).default([]),
});

export type Village = z.infer<typeof villageSchema>;
export type Township = z.infer<typeof townshipSchema>;

export interface PlaceRegistry {
  townships: Township[];
  byId: Map<string, Township>;
}

export class RegistryError extends Error {}

/** Validates parsed YAML of the registry; throws RegistryError naming the entry and field. */
export function buildPlaceRegistry(raw: unknown, file = 'content/townships.yaml'): PlaceRegistry {
  const parsed = z.array(townshipSchema).safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [index, ...rest] = issue.path;
      const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { id?: unknown })?.id : undefined;
      return `${file}: 第${Number(index) + 1}项${entry ? `（${String(entry)}）` : ''} ${rest.join('.')}: ${issue.message}`;
    });
    throw new RegistryError(lines.join('\n'));
  }
  const townships = [...parsed.data].sort((a, b) => a.order - b.order);
  const byId = new Map<string, Township>();
  for (const township of townships) {
    if (byId.has(township.id)) throw new RegistryError(`${file}: 乡镇 id "${township.id}" 重复，每个 id 只能用一次`);
    byId.set(township.id, township);
    const seen = new Set<string>();
    for (const village of township.villages) {
      if (seen.has(village.id)) {
        throw new RegistryError(`${file}: ${township.name}（${township.id}）下的村（社区）id "${village.id}" 重复`);
      }
      seen.add(village.id);
    }
  }
  return { townships, byId };
}

export function describeTownships(registry: PlaceRegistry): string {
  return registry.townships.map((t) => `${t.id}（${t.name}）`).join('、');
}

export function describeVillages(township: Township): string {
  return township.villages.length ? township.villages.map((v) => `${v.id}（${v.name}）`).join('、') : '（该乡镇未登记村、社区）';
}

export function findVillage(registry: PlaceRegistry, townshipId: string, villageId: string): Village | undefined {
  return registry.byId.get(townshipId)?.villages.find((v) => v.id === villageId);
}

/** "城关镇" or "城关镇·新发村" */
export function placeLabel(registry: PlaceRegistry, townshipId: string, villageId?: string): string {
  const township = registry.byId.get(townshipId);
  if (!township) return townshipId;
  const village = villageId ? findVillage(registry, townshipId, villageId) : undefined;
  return village ? `${township.name}·${village.name}` : township.name;
}
