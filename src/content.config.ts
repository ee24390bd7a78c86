import { defineCollection } from 'astro:content';
import { guideLoader } from './content/loader.ts';
import { CONTENT_DIR } from './site.ts';
import { utilitySchema } from './schema/utility.ts';

// Guides live outside src/ so editors find them at the top of the repository.
// The schema here types the entries; validation already happened in the loader (one pass, one set of rules).
const utilities = defineCollection({ loader: guideLoader({ dir: CONTENT_DIR }), schema: utilitySchema });

export const collections = { utilities };
