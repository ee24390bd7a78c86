import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { utilitySchema } from './schema/utility.ts';
import { CONTENT_DIR } from './site.ts';

// Guides live outside src/ so editors find them at the top of the repository.
const utilities = defineCollection({
  loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: CONTENT_DIR }),
  schema: utilitySchema,
});

export const collections = { utilities };
