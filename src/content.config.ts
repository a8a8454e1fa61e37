import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { isAbsolute, join } from 'node:path';
import { CONTENT_DIR, entryIdFromPath, readPlaceRegistry } from './lib/content/files';
import { bulletinSchema, newsSchema, personSchema, storySchema } from './lib/schema';

const places = readPlaceRegistry();

function fromContent(folder: string) {
  return glob({
    pattern: '**/*.{md,mdx}',
    // CONTENT_DIR (default content) is absolute or relative to the project root.
    base: isAbsolute(CONTENT_DIR) ? join(CONTENT_DIR, folder) : `./${CONTENT_DIR}/${folder}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

export const collections = {
  news: defineCollection({ loader: fromContent('news'), schema: ({ image }) => newsSchema({ image, places }) }),
  people: defineCollection({ loader: fromContent('people'), schema: ({ image }) => personSchema({ image, places }) }),
  stories: defineCollection({ loader: fromContent('stories'), schema: ({ image }) => storySchema({ image, places }) }),
  bulletins: defineCollection({ loader: fromContent('bulletins'), schema: bulletinSchema() }),
};
