import { describe, expect, it } from 'vitest';
import { buildPlaceRegistry, describeTownships, describeVillages, findVillage, placeLabel, RegistryError } from '@/lib/places';
import { readPlaceRegistry } from '@/lib/content/files';

const fixture = () => [
  {
    id: 'dongtang',
    name: '东塘镇',
    kind: '镇',
    order: 4,
    villages: [
      { id: 'hehua', name: '荷花村', kind: '村' },
      { id: 'xinfa', name: '新发村', kind: '村' },
    ],
  },
  {
    id: 'chengguan',
    name: '城关镇',
    kind: '镇',
    order: 1,
    intro: '县城所在地',
    villages: [{ id: 'renmin', name: '人民路社区', kind: '社区' }],
  },
  { id: 'baisha', name: '白沙乡', kind: '乡', order: 7 },
];

/** The message a RegistryError carries, or fails the test when nothing was thrown. */
function registryErrorOf(raw: unknown, file?: string): string {
  try {
    buildPlaceRegistry(raw, file);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as Error).message;
  }
  throw new Error('expected buildPlaceRegistry to throw');
}

describe('the township registry', () => {
  it('lists townships in their display order, not file order', () => {
    const registry = buildPlaceRegistry(fixture());
    expect(registry.townships.map((t) => t.id)).toEqual(['chengguan', 'dongtang', 'baisha']);
  });

  it('looks townships up by id', () => {
    const registry = buildPlaceRegistry(fixture());
    expect(registry.byId.get('dongtang')?.name).toBe('东塘镇');
    expect(registry.byId.get('nowhere')).toBeUndefined();
  });

  it('gives a township without intro or villages an empty intro and no villages', () => {
    const baisha = buildPlaceRegistry(fixture()).byId.get('baisha')!;
    expect(baisha.intro).toBe('');
    expect(baisha.villages).toEqual([]);
  });

  it('rejects a township id used twice, naming the id', () => {
    const raw = [...fixture(), { id: 'dongtang', name: '东塘乡', kind: '乡', order: 9 }];
    const message = registryErrorOf(raw);
    expect(message).toContain('"dongtang"');
    expect(message).toContain('重复');
    expect(message).toContain('content/townships.yaml');
  });

  it('rejects a village id used twice inside one township, naming township and village', () => {
    const raw = fixture();
    raw[0]!.villages!.push({ id: 'hehua', name: '荷花社区', kind: '社区' });
    const message = registryErrorOf(raw);
    expect(message).toContain('东塘镇（dongtang）');
    expect(message).toContain('"hehua"');
    expect(message).toContain('重复');
  });

  it('allows the same village id in two different townships', () => {
    const raw = fixture();
    raw[1]!.villages!.push({ id: 'xinfa', name: '新发社区', kind: '社区' });
    const registry = buildPlaceRegistry(raw);
    expect(findVillage(registry, 'dongtang', 'xinfa')?.name).toBe('新发村');
    expect(findVillage(registry, 'chengguan', 'xinfa')?.name).toBe('新发社区');
  });

  it('rejects a township kind that is not 镇/乡/街道/场, naming the file, the entry and the field', () => {
    const raw = fixture();
    raw[0]!.kind = '县';
    const message = registryErrorOf(raw, 'content/my-townships.yaml');
    expect(message).toContain('content/my-townships.yaml');
    expect(message).toContain('第1项（dongtang）');
    expect(message).toContain('kind');
  });

  it('rejects a village kind that is not 村/社区, naming the file and the entry', () => {
    const raw = fixture();
    raw[1]!.villages![0]!.kind = '小区';
    const message = registryErrorOf(raw);
    expect(message).toContain('content/townships.yaml');
    expect(message).toContain('第2项（chengguan）');
    expect(message).toContain('villages.0.kind');
  });

  it('rejects an id with capital letters or Chinese, explaining what ids may contain', () => {
    const raw = fixture();
    raw[0]!.id = 'DongTang';
    const message = registryErrorOf(raw);
    expect(message).toContain('id');
    expect(message).toContain('小写字母');
  });

  it('rejects a file that is not a list of townships', () => {
    expect(() => buildPlaceRegistry({ chengguan: '城关镇' })).toThrow(RegistryError);
    expect(() => buildPlaceRegistry(null)).toThrow(RegistryError);
  });
});

describe('place labels and descriptions', () => {
  const registry = buildPlaceRegistry(fixture());

  it('labels a township by its name', () => {
    expect(placeLabel(registry, 'dongtang')).toBe('东塘镇');
  });

  it('labels a village as 乡镇·村', () => {
    expect(placeLabel(registry, 'dongtang', 'hehua')).toBe('东塘镇·荷花村');
  });

  it('falls back to the township name for a village it does not know', () => {
    expect(placeLabel(registry, 'dongtang', 'renmin')).toBe('东塘镇');
  });

  it('falls back to the raw id for an unknown township', () => {
    expect(placeLabel(registry, 'nowhere')).toBe('nowhere');
    expect(placeLabel(registry, 'nowhere', 'hehua')).toBe('nowhere');
  });

  it('describes townships as id（名称） in display order', () => {
    expect(describeTownships(registry)).toBe('chengguan（城关镇）、dongtang（东塘镇）、baisha（白沙乡）');
  });

  it('describes a township’s villages, or says none are registered', () => {
    expect(describeVillages(registry.byId.get('dongtang')!)).toBe('hehua（荷花村）、xinfa（新发村）');
    expect(describeVillages(registry.byId.get('baisha')!)).toBe('（该乡镇未登记村、社区）');
  });
});

describe('the real content/townships.yaml', () => {
  const registry = readPlaceRegistry();

  it('loads without errors, in display order', () => {
    const orders = registry.townships.map((t) => t.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(registry.townships[0]!.id).toBe('chengguan');
  });

  it('has 新发 in three townships, each with its own name', () => {
    expect(placeLabel(registry, 'chengguan', 'xinfa')).toBe('城关镇·新发村');
    expect(placeLabel(registry, 'guihua', 'xinfa')).toBe('桂花街道·新发社区');
    expect(placeLabel(registry, 'qingshan', 'xinfa')).toBe('青山镇·新发村');
  });

  it('has unique township ids', () => {
    const ids = registry.townships.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
