/**
 * `/llms.txt` (llmstxt.org): a Markdown index of the site for language-model tools: every guide with its
 * JSON, the topic hubs, the state hubs with rules, and the open data. Generated at build time.
 */
import type { APIRoute } from 'astro';
import { getGuides } from '#src/data/utilities.ts';
import { getStateInfo } from '#src/data/collections.ts';
import { guideJsonPath, guidePath, PLATFORMS_PATH, stateHubPath } from '#src/lib/urls.ts';
import { stateName } from '#src/lib/format.ts';
import { markdownText } from '#src/lib/escape.ts';
import { HUB } from '#src/schema/enums.ts';
import { SCHEMA_PATHS } from '#src/schema/json-schema.ts';
import { SITE_NAME } from '#src/site.ts';
import { LICENCE_TEXT } from '#src/lib/licence.ts';

export const GET: APIRoute = async ({ site }) => {
  const abs = (p: string) => new URL(p, site).href;
  const one = (s: string) => s.replace(/\s+/g, ' ').trim();
  const guides = await getGuides();
  const states = [...getStateInfo().values()].sort((a, b) =>
    stateName(a.data.state).localeCompare(stateName(b.data.state), 'en'),
  );
  const lines = [
    `# ${SITE_NAME}`,
    '',
    '> How customers and authorised third parties get data from US utilities: billing and interval (smart-meter) data, Green Button, APIs, EDI, rates. One guide per utility, every fact cited to a dated source; what no source states is marked "not published", which is not "no". Every US electric utility in EIA-861 has a directory page.',
    '',
    'Each guide is also published as JSON (its typed data with sources and citations) at /utilities/<slug>.json, valid against the JSON Schema below.',
    '',
    `Licence: ${LICENCE_TEXT}`,
    '',
    '## Guides',
    '',
    ...guides.map(
      (g) =>
        `- [${markdownText(g.data.name)}](${abs(guidePath(g.id))}): ${one(g.data.summary)} Data: ${abs(guideJsonPath(g.id))}`,
    ),
    '',
    '## Topics',
    '',
    ...Object.values(HUB).map((h) => `- [${h.title}](${abs(h.path)})`),
    `- [Customer portal platforms](${abs(PLATFORMS_PATH)})`,
    `- [Compare utilities](${abs('/compare/')})`,
    `- [Questions and answers](${abs('/faq/')})`,
    `- [Glossary](${abs('/glossary/')})`,
    `- [How the data-access score works](${abs('/methodology/')})`,
    '',
    '## States with data-access rules',
    '',
    ...states
      .filter((s) => s.data.rules.length)
      .map(
        (s) =>
          `- [${stateName(s.data.state)}](${abs(stateHubPath(s.data.state))}): ${s.data.rules.map((r) => markdownText(r.name)).join('; ')}`,
      ),
    '',
    '## Open data',
    '',
    `- [Comparison of every utility, JSON](${abs('/compare.json')}): one row per utility, and each guide's full typed data`,
    `- [Comparison, CSV](${abs('/compare.csv')})`,
    `- [Every utility, machine-readable CSV](${abs('/data/utilities.csv')}): snake_case columns, typed values; [data dictionary](${abs('/data/')})`,
    `- [JSON Schema of a guide's data](${abs(SCHEMA_PATHS.output)})`,
    `- [Updates feed (Atom)](${abs('/updates.xml')})`,
    '',
    '## Optional',
    '',
    `- [All utilities, A to Z](${abs('/utilities/')}): directory pages from EIA-861 for utilities without a guide`,
    `- [States](${abs('/states/')})`,
    `- [Write or correct a guide](${abs('/contribute/')})`,
    '',
  ];
  return new Response(lines.join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
