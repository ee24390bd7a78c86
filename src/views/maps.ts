/** Values and bins for the two state maps: guide coverage and smart-meter share. */
import { formatPercent, stateName } from '#src/lib/format.ts';
import { stateHubPath } from '#src/lib/urls.ts';
import type { StateSummary } from './states.ts';

export const COVERAGE_BINS = [
  { max: 0, label: 'No guide yet' },
  { max: 1, label: '1 guide' },
  { max: 3, label: '2–3 guides' },
  { max: Infinity, label: '4 or more guides' },
];

export const AMI_BINS = [
  { max: 0.25, label: 'Under 25%' },
  { max: 0.5, label: '25–50%' },
  { max: 0.75, label: '50–75%' },
  { max: 1, label: '75–100%' },
];

export const coverageMapValues = (summaries: StateSummary[]) =>
  Object.fromEntries(
    summaries.map((s) => [
      s.code,
      {
        value: s.guides,
        label: `${s.guides} of ${s.utilities} utilities with a guide`,
        href: stateHubPath(s.code),
      },
    ]),
  );

export const amiMapValues = (summaries: StateSummary[]) =>
  Object.fromEntries(
    summaries.map((s) => [
      s.code,
      {
        value: s.amiShare,
        label: s.meters ? `${formatPercent(s.ami, s.meters)} smart meters` : 'no meters reported',
        href: stateHubPath(s.code),
      },
    ]),
  );

export { stateName };
