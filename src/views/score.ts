/**
 * The data-access score: 0–100 points from a guide's typed capabilities, by a published method (the
 * /methodology/ page prints CRITERIA from here). A capability no source states scores 0 and is counted as
 * not published, so a low score built on missing information says so next to the number.
 */
import { CAPABILITY, GRANULARITY, METER_DEPLOYMENT } from '#src/schema/enums.ts';
import type { Utility } from '#src/schema/utility.ts';
import { capabilities, finestGranularity, thirdPartyStatus } from './capabilities.ts';
import type { EvidenceTier } from './evidence.ts';

type Level = { label: string; points: number };

export interface Criterion {
  id: string;
  label: string;
  /** What earns points, best first; anything else scores 0. */
  levels: Level[];
  /** The level a guide reaches, or 'unknown' when no source states the capability. */
  assess: (u: Utility) => { level?: string; unknown: boolean };
}

const availability = (s: string) =>
  s === 'available' ? 'Available' : s === 'planned' ? 'Planned' : undefined;

export const CRITERIA: Criterion[] = [
  {
    id: 'gb-cmd',
    label: CAPABILITY['gb-cmd'].label,
    levels: [
      { label: 'Available', points: 20 },
      { label: 'Planned', points: 5 },
    ],
    assess: (u) => ({
      level: availability(u.greenButton.connectMyData.status),
      unknown: u.greenButton.connectMyData.status === 'unknown',
    }),
  },
  {
    id: 'third-party',
    label: 'A third-party route (any kind)',
    levels: [
      { label: 'Available', points: 15 },
      { label: 'Planned', points: 5 },
    ],
    assess: (u) => {
      const s = thirdPartyStatus(u).status;
      return { level: availability(s), unknown: s === 'unknown' };
    },
  },
  {
    id: 'gb-dmd',
    label: CAPABILITY['gb-dmd'].label,
    levels: [
      { label: 'Available', points: 15 },
      { label: 'Planned', points: 5 },
    ],
    assess: (u) => ({
      level: availability(u.greenButton.downloadMyData.status),
      unknown: u.greenButton.downloadMyData.status === 'unknown',
    }),
  },
  {
    id: 'interval',
    label: 'Finest interval data customers can get',
    levels: [
      { label: '15-minute or finer', points: 15 },
      { label: '30-minute', points: 13 },
      { label: GRANULARITY.hourly, points: 12 },
      { label: GRANULARITY.daily, points: 6 },
      { label: GRANULARITY['interval-unstated'], points: 6 },
    ],
    assess: (u) => {
      const g = finestGranularity(u).value;
      if (g === 'unknown') return { unknown: true };
      const level = ['1-minute', '5-minute', '15-minute'].includes(g)
        ? '15-minute or finer'
        : g === '30-minute'
          ? '30-minute'
          : g === 'hourly'
            ? GRANULARITY.hourly
            : g === 'daily'
              ? GRANULARITY.daily
              : g === 'interval-unstated'
                ? GRANULARITY['interval-unstated']
                : undefined;
      return { level, unknown: false };
    },
  },
  {
    id: 'api',
    label: 'Utility API',
    levels: [
      { label: 'Available', points: 10 },
      { label: 'Planned', points: 3 },
    ],
    assess: (u) => ({ level: availability(u.api.status), unknown: u.api.status === 'unknown' }),
  },
  {
    id: 'self-service-export',
    label: 'Self-service export of the customer’s own data',
    levels: [{ label: 'Yes', points: 10 }],
    assess: (u) => ({
      level: u.billing.selfServiceExport.status === 'yes' ? 'Yes' : undefined,
      unknown: u.billing.selfServiceExport.status === 'unknown',
    }),
  },
  {
    id: 'meters',
    label: 'Smart meters (AMI)',
    levels: [
      { label: METER_DEPLOYMENT.deployed, points: 10 },
      { label: METER_DEPLOYMENT.partial, points: 5 },
    ],
    assess: (u) => {
      const ami = u.intervalData.meters.filter(
        (m) => m.technology === 'ami' || m.technology === 'ami-and-amr',
      );
      if (ami.some((m) => m.status === 'deployed'))
        return { level: METER_DEPLOYMENT.deployed, unknown: false };
      if (ami.some((m) => m.status === 'partial'))
        return { level: METER_DEPLOYMENT.partial, unknown: false };
      return {
        unknown: u.intervalData.meters.every(
          (m) => m.status === 'unknown' && m.technology === 'unknown',
        ),
      };
    },
  },
  {
    id: 'edi',
    label: 'EDI',
    levels: [{ label: 'Available', points: 5 }],
    assess: (u) => ({
      level: u.edi.status === 'available' ? 'Available' : undefined,
      unknown: u.edi.status === 'unknown',
    }),
  },
];

export const MAX_SCORE = CRITERIA.reduce(
  (s, c) => s + Math.max(...c.levels.map((l) => l.points)),
  0,
);

/**
 * Fewer criteria stated than this and the guide shows "not enough published to score": a number built
 * mostly on missing information would read as a grade of the utility. Five of eight means at most three
 * criteria (at most 45 of 100 points, the three largest) rest on nothing.
 */
export const MIN_PUBLISHED = 5;

export interface Score {
  points: number;
  max: number;
  /** Criteria no source states (they scored 0). */
  unknown: number;
  /** Criteria stated at any tier (confirmed, reported or a confirmed "no"). */
  published: number;
  /** Whether enough criteria are published for the number to mean something. */
  scored: boolean;
  /** Points that rest on values only secondary sources report. */
  reportedPoints: number;
  parts: {
    id: string;
    label: string;
    level?: string;
    points: number;
    unknown: boolean;
    evidence: EvidenceTier;
  }[];
}

const memo = new WeakMap<Utility, Score>();

export function score(u: Utility): Score {
  const hit = memo.get(u);
  if (hit) return hit;
  const parts = CRITERIA.map((c) => {
    const a = c.assess(u);
    const cap = capabilities(u).find((x) => x.id === c.id);
    return {
      id: c.id,
      label: c.label,
      level: a.level,
      points: c.levels.find((l) => l.label === a.level)?.points ?? 0,
      unknown: a.unknown,
      evidence: a.unknown ? ('not-published' as const) : (cap?.evidence.tier ?? 'confirmed'),
    };
  });
  const published = parts.filter((p) => !p.unknown).length;
  const s = {
    points: parts.reduce((n, p) => n + p.points, 0),
    max: MAX_SCORE,
    unknown: parts.length - published,
    published,
    scored: published >= MIN_PUBLISHED,
    reportedPoints: parts
      .filter((p) => p.evidence === 'reported')
      .reduce((n, p) => n + p.points, 0),
    parts,
  };
  memo.set(u, s);
  return s;
}

/**
 * "62/100 (10 points reported, not confirmed; 2 of 8 criteria not published)", or "Not enough published to
 * score (3 of 8 criteria)".
 */
export function scoreText(s: Score): string {
  if (!s.scored)
    return `Not enough published to score (${s.published} of ${s.parts.length} criteria published)`;
  const notes = [
    s.reportedPoints ? `${s.reportedPoints} points reported, not confirmed` : '',
    s.unknown ? `${s.unknown} of ${s.parts.length} criteria not published` : '',
  ].filter(Boolean);
  return `${s.points}/${s.max}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}
