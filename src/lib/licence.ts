/**
 * The licences the site publishes under (LICENSE, LICENSE-CONTENT.md), in one place for the pages and the
 * open data that state them: content and data CC BY 4.0, code MIT, EIA-861 figures public domain.
 */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Utility Data Guides contributors',
} as const;

export const CODE_LICENCE = { id: 'MIT', name: 'MIT licence' } as const;

export const EIA_CREDIT =
  'EIA-861 figures: Form EIA-861, U.S. Energy Information Administration, a work of the US government in the public domain.';

/** One sentence for pages, feeds and llms.txt. */
export const LICENCE_TEXT = `Content and data: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}, attribution "${DATA_LICENCE.attribution}". Code: ${CODE_LICENCE.name}. ${EIA_CREDIT}`;
