import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { utilitySchema } from './schema/utility.ts';

// Guides live outside src/ so editors find them at the top of the repository.
const utilities = defineCollection({
  loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/utilities' }),
  schema: utilitySchema,
});

export const collections = { utilities };
