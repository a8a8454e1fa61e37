import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryIdFromPath, readPlaceRegistry } from './lib/content-files';
import { bulletinSchema, newsSchema, personSchema, storySchema } from './lib/schema';

const places = readPlaceRegistry();

function fromContent(folder: string) {
  return glob({
    pattern: '**/*.{md,mdx}',
    base: `./content/${folder}`,
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
}

export const collections = {
  news: defineCollection({ loader: fromContent('news'), schema: ({ image }) => newsSchema({ image, places }) }),
  people: defineCollection({ loader: fromContent('people'), schema: ({ image }) => personSchema({ image, places }) }),
  stories: defineCollection({ loader: fromContent('stories'), schema: ({ image }) => storySchema({ image, places }) }),
  bulletins: defineCollection({ loader: fromContent('bulletins'), schema: bulletinSchema() }),
};
