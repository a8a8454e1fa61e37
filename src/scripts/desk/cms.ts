// The desk's CMS page (/admin/): Sveltia CMS from npm, in Chinese, with the configuration the server
// generated from our schemas (src/lib/desk/cms-config.ts) and two fields of our own.
import { newsSlug, personSlug } from '../../lib/content/slug';
import { buildPlaceRegistry } from '../../lib/places';
import { CUSTOM_WIDGETS, FILE_SLUG_FIELD } from '../../lib/desk/cms-names';
import type { DeskPagePayload } from '../../lib/desk/cms-page';

type ImmutableMap = { get(key: string): unknown; getIn(path: string[]): unknown; deleteIn(path: string[]): ImmutableMap };
interface ControlProps {
  value: unknown;
  field: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableMap | undefined;
  onChange: (value: unknown) => void;
}
interface ReactLike {
  createElement: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
}
type CreateClass = (spec: Record<string, unknown>) => unknown;

const payload = JSON.parse(document.getElementById('desk-data')!.textContent!) as DeskPagePayload;
const places = buildPlaceRegistry(payload.townships);

// Sveltia picks its language from the browser when it loads; editors' PCs may be set to English, so the
// preference is set to Chinese before the CMS module runs (hence the dynamic import below).
try {
  const prefs = JSON.parse(localStorage.getItem('sveltia-cms.prefs') || '{}') as Record<string, unknown>;
  if (prefs.locale !== 'zh-CN') localStorage.setItem('sveltia-cms.prefs', JSON.stringify({ ...prefs, locale: 'zh-CN' }));
} catch {
  // Private mode without storage: the browser's own language decides.
}

/** The pinyin part of a new entry's file name, as `npm run import` and `npm run new` make it. */
function fileSlugFor(style: string, source: string): string {
  if (!source.trim()) return '';
  if (style === 'person') return personSlug(source);
  return newsSlug('', '', source, places, payload.county);
}

/** An entry that was never saved has neither a slug nor a path yet. */
const isNewEntry = (entry: ImmutableMap | undefined) => !!entry && !entry.get('slug') && !entry.get('path');

const { default: CMS } = await import('@sveltia/cms');

function registerFields(): void {
  const w = window as unknown as { h: ReactLike['createElement']; createClass: CreateClass };
  const h = w.h;
  const stringControl = CMS.getFieldType('string')?.control;
  const selectControl = CMS.getFieldType('select')?.control;

  // File name from the title (or a person's name), kept in step with it until the editor types their own.
  const PinyinControl = w.createClass({
    componentDidMount(this: { sync: () => void }) {
      this.sync();
    },
    componentDidUpdate(this: { sync: () => void }) {
      this.sync();
    },
    sync(this: { props: ControlProps; lastAuto?: string }) {
      // After the render that called it: a change made while the CMS is still rendering could be lost.
      setTimeout(() => {
        const { entry, field, value, onChange } = this.props;
        if (!isNewEntry(entry)) return;
        const source = String(entry!.getIn(['data', String(field.get('source'))]) ?? '');
        const auto = fileSlugFor(String(field.get('style')), source);
        const current = typeof value === 'string' ? value : '';
        if ((current === '' || current === this.lastAuto) && auto !== current) onChange(auto);
        this.lastAuto = auto;
      });
    },
    render(this: { props: ControlProps }) {
      const { entry } = this.props;
      if (!isNewEntry(entry)) {
        const path = String(entry?.get('path') ?? '');
        return h('p', { className: 'desk-note' }, `已保存为 ${path}。已保存的稿件不改文件名（网址保持不变）。`);
      }
      return h(stringControl, {
        ...this.props,
        field: { name: FILE_SLUG_FIELD, widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', '只能用小写字母、数字和连字符'] },
        onChange: (v: unknown) => this.props.onChange(typeof v === 'string' ? v.toLowerCase() : v),
      });
    },
  });
  CMS.registerFieldType(CUSTOM_WIDGETS.pinyin, PinyinControl as never);

  // Villages of the chosen township only; changing the township clears a village that no longer fits.
  const VillageControl = w.createClass({
    componentDidUpdate(this: { props: ControlProps; lastTownship?: string }) {
      const { entry, field, value, onChange } = this.props;
      const township = String(entry?.getIn(['data', String(field.get('township_field'))]) ?? '');
      if (this.lastTownship !== undefined && this.lastTownship !== township && value) {
        const villages = places.byId.get(township)?.villages ?? [];
        // After the render, like the file name above.
        if (!villages.some((v) => v.id === value)) setTimeout(() => onChange(''));
      }
      this.lastTownship = township;
    },
    render(this: { props: ControlProps; lastTownship?: string }) {
      const { entry, field } = this.props;
      const townshipId = String(entry?.getIn(['data', String(field.get('township_field'))]) ?? '');
      this.lastTownship ??= townshipId;
      const township = places.byId.get(townshipId);
      if (!township) return h('p', { className: 'desk-note' }, '先选乡镇（街道），再选村（社区）。');
      if (!township.villages.length) return h('p', { className: 'desk-note' }, `${township.name}在名录里没有登记村（社区）。`);
      // Keyed by township: a new township gets a fresh list rather than the old one with new options.
      return h(selectControl, {
        ...this.props,
        key: township.id,
        field: {
          name: String(field.get('name')),
          widget: 'select',
          required: false,
          options: township.villages.map((v) => ({ label: v.name, value: v.id })),
        },
      });
    },
  });
  CMS.registerFieldType(CUSTOM_WIDGETS.village, VillageControl as never);
}

registerFields();

// The file-name field only exists in the form: it shapes the path, never the file.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => (entry as unknown as ImmutableMap).deleteIn(['data', FILE_SLUG_FIELD]) as never,
});

if (!payload.gitServer) document.documentElement.classList.add('desk-local-only');
void CMS.init({ config: payload.config as never });
