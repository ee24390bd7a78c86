/**
 * Rules that span fields: every cited source exists, every stated status rests on a source, and
 * commodity-specific facts follow `commodities`. Pure functions over parsed data; the schema calls them
 * from `superRefine`, so their problems carry field paths like any other.
 */
import type { z } from 'astro/zod';
import { RULE_ONLY_KINDS, type SourceKind } from './evidence.ts';
import { DATA_FIELD_COMMODITY } from './sections/data-fields.ts';

type Path = (string | number)[];
interface Issue {
  path: Path;
  message: string;
}

/** Calls `visit` for every plain object in `value`, with its path and the nearest enclosing cite list. */
function walk(value: unknown, visit: (obj: Record<string, unknown>, path: Path, inherited: string[] | undefined) => void, path: Path = [], inherited?: string[]) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, visit, [...path, i], inherited));
    return;
  }
  if (!value || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  visit(obj, path, inherited);
  // The root's cite covers identity facts only: sections must cite their own sources.
  const own = Array.isArray(obj.cite) && obj.cite.length ? (obj.cite as string[]) : undefined;
  const next = path.length === 0 ? undefined : (own ?? inherited);
  for (const [k, v] of Object.entries(obj)) if (k !== 'cite') walk(v, visit, [...path, k], next);
}

/**
 * Keys whose value is a claim about the utility: every one other than `unknown` must cite a source, and its
 * evidence tier is computed from that source's kind (see evidence.ts). `value` is a granularity row's
 * interval; a contact's `value` (it has a `type`) is an address, not a claim.
 */
export const CLAIM_KEYS = ['status', 'vendor', 'value'] as const;

/** Problems with citations: unknown ids, and claims other than unknown that no source (or only rule text) backs. */
export function citationIssues(data: { sources: { id: string; kind: string }[] }, claimKeys: readonly string[] = CLAIM_KEYS): Issue[] {
  const issues: Issue[] = [];
  const ids = new Set<string>();
  const kind = new Map(data.sources.map((s) => [s.id, s.kind]));
  data.sources.forEach((s, i) => {
    if (ids.has(s.id)) issues.push({ path: ['sources', i, 'id'], message: `found "${s.id}" twice; expected each source id once` });
    ids.add(s.id);
  });
  const known = [...ids].join(', ');
  walk(data, (obj, path, inherited) => {
    if (path[0] === 'sources') return;
    if (Array.isArray(obj.cite))
      obj.cite.forEach((id, i) => {
        if (typeof id === 'string' && !ids.has(id))
          issues.push({ path: [...path, 'cite', i], message: `found "${id}", which is not the id of any entry in sources; expected one of: ${known}` });
      });
    for (const key of claimKeys) {
      const value = obj[key];
      if (typeof value !== 'string' || value === 'unknown' || (key === 'value' && 'type' in obj)) continue;
      const effective = Array.isArray(obj.cite) && obj.cite.length ? (obj.cite as string[]) : inherited;
      if (!effective?.length)
        issues.push({
          path: [...path, key],
          message: `found ${key} "${value}" with no source; expected cite: [source-id] here or on the enclosing section, naming the source that says so, or ${key} unknown`,
        });
      else if (effective.every((id) => RULE_ONLY_KINDS.includes(kind.get(id) as SourceKind)))
        issues.push({
          path: [...path, key],
          message: `found ${key} "${value}" resting only on rule text (${effective.join(', ')}); a statute or regulation says what a rule requires, not what this utility does; expected a utility, regulator, government, news or commercial source that says so, or ${key} unknown`,
        });
    }
  });
  return issues;
}

/** Commodity-specific facts only where the utility delivers that commodity. */
export function commodityIssues(data: {
  commodities: string[];
  customers: { commodity?: string }[];
  intervalData: { electric?: unknown; gas?: unknown; meters: { commodity?: string }[] };
  market: { choice: { electric?: unknown; gas?: unknown } };
  dataFields?: { field: string }[];
}): Issue[] {
  const issues: Issue[] = [];
  const has = new Set(data.commodities);
  const hint = (c: string) => `found ${c} facts but commodities does not list ${c}; expected ${c} in commodities, or remove this field`;
  for (const c of ['electric', 'gas'] as const) {
    if (data.intervalData[c] !== undefined && !has.has(c)) issues.push({ path: ['intervalData', c], message: hint(c) });
    if (data.market.choice[c] !== undefined && !has.has(c)) issues.push({ path: ['market', 'choice', c], message: hint(c) });
  }
  data.customers.forEach((n, i) => {
    if (n.commodity && !has.has(n.commodity)) issues.push({ path: ['customers', i, 'commodity'], message: hint(n.commodity) });
  });
  data.intervalData.meters.forEach((m, i) => {
    if (m.commodity && !has.has(m.commodity)) issues.push({ path: ['intervalData', 'meters', i, 'commodity'], message: hint(m.commodity) });
  });
  data.dataFields?.forEach((d, i) => {
    const c = DATA_FIELD_COMMODITY[d.field as keyof typeof DATA_FIELD_COMMODITY];
    if (c && !has.has(c)) issues.push({ path: ['dataFields', i, 'field'], message: hint(c) });
  });
  return issues;
}

/** Data-field rows name routes that exist. */
export function routeRefIssues(data: { thirdPartyAccess: { routes: { id: string }[] }; dataFields: { routes?: string[] }[] }): Issue[] {
  const ids = new Set(data.thirdPartyAccess.routes.map((r) => r.id));
  const issues: Issue[] = [];
  data.dataFields.forEach((f, i) =>
    f.routes?.forEach((r, j) => {
      if (!ids.has(r))
        issues.push({ path: ['dataFields', i, 'routes', j], message: `found "${r}", which is not the id of any route under thirdPartyAccess.routes; expected one of: ${[...ids].join(', ') || '(no routes listed)'}` });
    }),
  );
  return issues;
}

export const addIssues = (ctx: z.core.$RefinementCtx, issues: Issue[]) => {
  for (const i of issues) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
};
