import { defineCollection } from 'astro:content';
import { guideLoader } from './content/loader.ts';
import { CONTENT_DIR } from './site.ts';

// Guides live outside src/ so editors find them at the top of the repository.
const utilities = defineCollection({ loader: guideLoader({ dir: CONTENT_DIR }) });

export const collections = { utilities };
