/** States, glossary, general FAQ and capability hub texts, read through src/content/ like guides. */
import { loadCollection } from '#src/content/collections.ts';
import type { StateCode } from '#src/schema/fragments.ts';

export const getStateInfo = () =>
  new Map(loadCollection('states').docs.map((d) => [d.data.state as StateCode, d]));
export const getGlossary = () =>
  [...loadCollection('glossary').docs].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en'));
export const getGeneralFaq = () =>
  [...loadCollection('faq').docs].sort(
    (a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question, 'en'),
  );
export const getHubTexts = () => new Map(loadCollection('hubs').docs.map((d) => [d.data.hub, d]));
export const getPlatformTexts = () =>
  new Map(loadCollection('platforms').docs.map((d) => [d.data.platform, d]));
export const getSitePages = () => new Map(loadCollection('pages').docs.map((d) => [d.slug, d]));

/** Sourced names of directory utilities (content/names/), by EIA ID. */
export const getNames = () =>
  new Map(
    loadCollection('names').docs.flatMap((d) => d.data.entries.map((e) => [e.eiaId, e] as const)),
  );
