import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { directoryEntrySchema } from './schema/directory.ts';

/**
 * Guides are not a content-layer collection: src/data/utilities.ts reads them through src/content/ (one
 * reader for the build, dev and `npm run check`). The EIA-861 directory is generated data, loaded as is.
 */
const directory = defineCollection({
  loader: file('content/directory/eia-861.json'),
  schema: directoryEntrySchema,
});

export const collections = { directory };
