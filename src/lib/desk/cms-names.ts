// Names shared by the generated CMS configuration and the desk's browser script.

/** The form-only field holding the pinyin part of a new entry's file name (removed before saving). */
export const FILE_SLUG_FIELD = 'fileSlug';

/** Custom field types registered by the desk's browser script (src/scripts/desk/cms.ts). */
export const CUSTOM_WIDGETS = { pinyin: 'ggw-pinyin', village: 'ggw-village' } as const;
