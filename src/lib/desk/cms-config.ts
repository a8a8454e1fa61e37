// The Sveltia CMS configuration, generated from our zod schemas and the registries in content/:
// one source for fields, choices and file paths, so the form can never drift from what the build accepts.
import type { z } from 'zod';
import { bulletinSchema, newsSchema, personSchema, storySchema } from '../schema';
import { siteConfigSchema, type SiteConfig } from '../site-settings';
import { townshipSchema, type PlaceRegistry } from '../places';
import { describeSchema, fieldPaths, shapeTools, type SchemaNode } from './cms-schema';
import { BODY_LABELS, COLLECTION_LABELS, FIELD_UI, HIDDEN_FIELDS, type FieldUi, type UiTable } from './cms-fields';
import type { GitServer } from './desk-settings';
import { CUSTOM_WIDGETS, FILE_SLUG_FIELD } from './cms-names';

/** A CMS field as Sveltia reads it (only the options we use). */
export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };
export type CmsCollection = { name: string; label: string; [option: string]: unknown };

/** A published news item or story a bulletin can list. */
export interface BulletinChoice {
  ref: string;
  title: string;
  date: string;
}

export interface CmsConfigInput {
  site: SiteConfig;
  places: PlaceRegistry;
  /** The content folder relative to the project root, with forward slashes: content */
  contentDir: string;
  /** Published news and stories, newest first: the choices of a bulletin's table of contents. */
  bulletinChoices: BulletinChoice[];
  /** The project folder's name: the local-folder sign-in asks for it by name. */
  projectName?: string;
}

type CollectionKey = keyof typeof FIELD_UI;

/** The shapes of every schema the desk edits. */
export function schemaShapes(places: PlaceRegistry): Record<CollectionKey, SchemaNode> {
  const { images, tools } = shapeTools(places);
  const describe = (schema: z.ZodType) => describeSchema(schema, images);
  return {
    news: describe(newsSchema(tools)),
    people: describe(personSchema(tools)),
    stories: describe(storySchema(tools)),
    bulletins: describe(bulletinSchema()),
    site: describe(siteConfigSchema),
    townships: describe(townshipSchema),
  };
}

export interface FieldContext {
  collection: CollectionKey;
  ui: UiTable;
  hidden: string[];
  input: CmsConfigInput;
  /** Schema paths that got no CMS field and are not hidden (the unit test wants none). */
  missing: string[];
}

const townshipOptions = (places: PlaceRegistry) => places.townships.map((t) => ({ label: t.name, value: t.id }));

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  default?: string | number | boolean;
}

function baseField(name: string, node: SchemaNode, ui: FieldUi): FieldBase {
  return {
    name,
    label: ui.label,
    ...(ui.hint ? { hint: ui.hint } : {}),
    required: !node.optional,
    ...(node.default !== undefined ? { default: node.default } : {}),
  };
}

/** One CMS field for one schema field, or undefined when it is hidden or unknown (then recorded as missing). */
export function cmsField(name: string, path: string, node: SchemaNode, ctx: FieldContext): CmsField | undefined {
  if (ctx.hidden.includes(path)) return undefined;
  const ui = ctx.ui[path];
  if (!ui) {
    ctx.missing.push(path);
    return undefined;
  }
  const base = baseField(name, node, ui);
  const { places } = ctx.input;
  switch (ui.input) {
    case 'date':
      return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    case 'month':
      return { ...base, widget: 'string', pattern: ['^\\d{4}-(0[1-9]|1[0-2])$', '应写成 YYYY-MM，例如 2025-11'] };
    case 'text':
      return { ...base, widget: 'text' };
    case 'township':
      return { ...base, widget: 'select', options: townshipOptions(places) };
    case 'townships':
      return { ...base, widget: 'select', multiple: true, min: 1, options: townshipOptions(places) };
    case 'village':
      return { ...base, widget: CUSTOM_WIDGETS.village, township_field: 'township' };
    case 'people':
      return {
        ...base,
        widget: 'relation',
        collection: 'people',
        value_field: '{{slug}}',
        display_fields: ['{{name}}（{{category}}）'],
        search_fields: ['name'],
        multiple: true,
      };
    case 'reviewNotes':
      return { ...base, widget: 'list', field: { name: 'note', label: '问题', widget: 'string' }, required: false, default: [] };
    case 'bulletinSection':
      return {
        ...base,
        widget: 'select',
        options: ctx.input.site.bulletinSections.map((s) => s.name),
      };
    case 'bulletinItems':
      return {
        ...base,
        widget: 'list',
        min: 1,
        field: {
          name: 'item',
          label: '稿件',
          widget: 'select',
          options: ctx.input.bulletinChoices.map((c) => ({
            value: c.ref,
            label: `${c.ref.startsWith('stories/') ? '活动纪实' : '新闻'} ${c.date} ${c.title}`,
          })),
        },
      };
    default:
      break;
  }
  switch (node.kind) {
    case 'string':
      return { ...base, widget: 'string' };
    case 'unknown':
      return { ...base, widget: 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: node.integer ? 'int' : 'float' };
    case 'boolean':
      return { default: false, ...base, widget: 'boolean', required: false };
    case 'enum':
      return { ...base, widget: 'select', options: node.options };
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: objectFields(node, ctx, `${path}.`) };
    case 'array':
      if (node.element.kind === 'object') {
        return {
          ...base,
          widget: 'list',
          fields: objectFields(node.element, ctx, `${path}.`),
          ...(node.optional ? { required: false } : {}),
        };
      }
      if (node.element.kind === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: node.element.options };
      }
      // A list of words (topics): starts empty, or the form would add one blank item to every entry.
      return {
        ...base,
        widget: 'list',
        field: { name: 'item', label: ui.label, widget: 'string' },
        ...(node.optional ? { required: false, default: [] } : {}),
      };
  }
}

function objectFields(node: Extract<SchemaNode, { kind: 'object' }>, ctx: FieldContext, prefix = ''): CmsField[] {
  const fields: CmsField[] = [];
  for (const [name, child] of Object.entries(node.shape)) {
    const field = cmsField(name, `${prefix}${name}`, child, ctx);
    if (field) fields.push(field);
  }
  return fields;
}

/** The form's fields for a schema, review notes first (an editor must see them before anything else). */
export function formFields(collection: CollectionKey, node: SchemaNode, input: CmsConfigInput, missing: string[] = []): CmsField[] {
  const ctx: FieldContext = { collection, ui: FIELD_UI[collection], hidden: HIDDEN_FIELDS[collection], input, missing };
  if (node.kind !== 'object') throw new Error(`${collection}: 结构不是对象，无法生成表单`);
  const fields = objectFields(node, ctx);
  const notes = fields.findIndex((f) => f.name === 'reviewNotes');
  if (notes > 0) fields.unshift(...fields.splice(notes, 1));
  return fields;
}

function fileSlugField(source: 'title' | 'name', style: 'news' | 'person', hint: string): CmsField {
  return { name: FILE_SLUG_FIELD, label: '文件名（拼音）', widget: CUSTOM_WIDGETS.pinyin, source, style, hint, required: false };
}

function bodyField(collection: keyof typeof BODY_LABELS): CmsField {
  const { label, ...rest } = BODY_LABELS[collection];
  return { name: 'body', label, widget: 'richtext', required: false, ...rest };
}

/** Puts the form-only file-name field right after the field it is made from. */
function insertAfter(fields: CmsField[], name: string, field: CmsField): CmsField[] {
  const at = fields.findIndex((f) => f.name === name);
  return [...fields.slice(0, at + 1), field, ...fields.slice(at + 1)];
}

export interface GeneratedConfig {
  config: Record<string, unknown>;
  /** Schema fields without a CMS field that are not listed as hidden. */
  missing: string[];
}

/** The backend block: the Git server from site.yaml, or a placeholder only used for "work with local folder". */
export function backendConfig(server: GitServer | undefined, projectName = 'site'): Record<string, unknown> {
  if (!server) {
    // Sveltia offers the local-folder mode beside a Git backend; with no server this backend is never
    // signed in to (the desk hides its buttons), it only enables the local mode and names the folder.
    return { name: 'gitea', repo: `local/${projectName}`, base_url: 'https://127.0.0.1', api_root: 'https://127.0.0.1/api/v1' };
  }
  return {
    name: 'gitea',
    repo: server.repo,
    branch: server.branch,
    base_url: server.url,
    api_root: `${server.url}/api/v1`,
    app_id: server.appId,
    auth_methods: ['oauth'],
    commit_messages: {
      create: '新建 {{collection}}：{{slug}}',
      update: '修改 {{collection}}：{{slug}}',
      delete: '删除 {{collection}}：{{slug}}',
      uploadMedia: '上传图片：{{path}}',
      deleteMedia: '删除图片：{{path}}',
    },
  };
}

export function generateCmsConfig(input: CmsConfigInput): GeneratedConfig {
  const shapes = schemaShapes(input.places);
  const missing: string[] = [];
  const content = input.contentDir.replace(/\/+$/, '');
  const fields = (collection: CollectionKey) => formFields(collection, shapes[collection], input, missing);
  const labelled = (name: keyof typeof COLLECTION_LABELS) => ({
    name,
    label: COLLECTION_LABELS[name].label,
    label_singular: COLLECTION_LABELS[name].singular,
  });
  const draftFilter = {
    view_filters: [
      { label: '草稿', field: 'draft', pattern: true },
      { label: '已发布', field: 'draft', pattern: false },
    ],
  };
  const sortByDate = { sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } } };
  // News and stories: listed newest first as "date title", drafts marked.
  const dated = { summary: "{{date}} {{title}}{{draft | ternary('（草稿）', '')}}", ...sortByDate, ...draftFilter };
  // Photos beside the entry, written ./photo.jpg like the rest of the content.
  const beside = { media_folder: '', public_folder: '.' };

  const news: CmsCollection = {
    ...labelled('news'),
    folder: `${content}/news`,
    // content/news/<year>/<date>-<township>-<pinyin>.md; the pinyin part is the form-only fileSlug field.
    path: "{{fields.date | date('YYYY')}}/{{slug}}",
    slug: { template: `{{fields.date}}-{{fields.township}}-{{fields.${FILE_SLUG_FIELD}}}`, editable: false },
    ...dated,
    // Sveltia files the assets of an entry whose path has a folder (2026/…) in a folder named after the
    // entry; '..' brings them back beside the entry.
    ...beside,
    media_folder: '..',
    fields: [
      ...insertAfter(
        fields('news'),
        'title',
        fileSlugField('title', 'news', '由标题自动生成，可以修改；只用小写字母、数字和连字符。文件名为“日期-乡镇-拼音”，保存后不再改变。'),
      ),
      bodyField('news'),
    ],
  };
  const people: CmsCollection = {
    ...labelled('people'),
    folder: `${content}/people`,
    identifier_field: 'name',
    slug: { template: `{{fields.${FILE_SLUG_FIELD}}}`, editable: false },
    ...beside,
    summary: "{{name}}（{{category}}）{{draft | ternary('（草稿）', '')}}",
    sortable_fields: ['name', 'date'],
    ...draftFilter,
    fields: [
      ...insertAfter(
        fields('people'),
        'name',
        fileSlugField('name', 'person', '由姓名自动生成（姓-名），可以修改，例如 li-xiuying。保存后不再改变。'),
      ),
      bodyField('people'),
    ],
  };
  const stories: CmsCollection = {
    ...labelled('stories'),
    folder: `${content}/stories`,
    // A folder per story: index.md with its gallery photos beside it.
    path: '{{slug}}/index',
    slug: { template: `{{fields.date | date('YYYY-MM')}}-{{fields.townships.0}}-{{fields.${FILE_SLUG_FIELD}}}`, editable: false },
    ...beside,
    ...dated,
    fields: [
      ...insertAfter(
        fields('stories'),
        'title',
        fileSlugField('title', 'news', '由标题自动生成，可以修改。文件夹名为“年-月-乡镇-拼音”，保存后不再改变。'),
      ),
      bodyField('stories'),
    ],
  };
  const bulletins: CmsCollection = {
    ...labelled('bulletins'),
    folder: `${content}/bulletins`,
    identifier_field: 'month',
    slug: { template: '{{fields.month}}', editable: false },
    summary: "{{month}} 第{{issue}}期{{draft | ternary('（草稿）', '')}}",
    sortable_fields: { fields: ['month', 'date'], default: { field: 'month', direction: 'descending' } },
    ...draftFilter,
    fields: [...fields('bulletins'), bodyField('bulletins')],
  };
  const settings: CmsCollection = {
    name: 'settings',
    label: '网站设置',
    editor: { preview: false },
    files: [
      {
        name: 'site',
        label: '网站设置（site.yaml）',
        file: `${content}/site.yaml`,
        fields: fields('site'),
      },
      {
        name: 'townships',
        label: '乡镇和村（社区）名录（townships.yaml）',
        file: `${content}/townships.yaml`,
        fields: [
          {
            name: 'townships',
            label: '乡镇（街道、农场）',
            widget: 'list',
            root: true,
            summary: '{{fields.name}}（{{fields.id}}）',
            fields: formFields('townships', shapes.townships, input, missing),
          },
        ],
      },
    ],
  };

  const config = {
    load_config_file: false,
    backend: backendConfig(input.site.desk.gitServer, input.projectName),
    app_title: `${input.site.name} · 编辑台`,
    logo: { src: `${input.site.base}favicon.svg` },
    site_url: input.site.url,
    // Global media folder: the content folder; every collection keeps its photos beside the entry.
    media_folder: content,
    public_folder: '',
    // No stock photo services (Pexels, Pixabay, Unsplash…): they are abroad and not what a county publishes.
    media_libraries: { stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: false, lowercase: true, timezone: 'local' },
    output: { omit_empty_optional_fields: true },
    editor: { preview: false },
    collections: [news, people, stories, bulletins, settings],
  };
  return { config, missing };
}

/** Every schema field path of a collection, for the completeness test. */
export function schemaFieldPaths(places: PlaceRegistry): Record<CollectionKey, string[]> {
  const shapes = schemaShapes(places);
  return Object.fromEntries(Object.entries(shapes).map(([k, node]) => [k, fieldPaths(node)])) as Record<CollectionKey, string[]>;
}
