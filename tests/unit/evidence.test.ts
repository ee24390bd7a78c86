/**
 * Evidence tiers: computed from the kinds of the sources a value cites, never typed by an editor, and
 * reachable from every claim in the schema.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { evidenceTier } from '#src/schema/evidence.ts';
import { schemaFields, uncitedClaims } from '#src/schema/claims.ts';
import { utilitySchema } from '#src/schema/utility.ts';
import { evidenceOf, reportedText } from '#src/views/evidence.ts';
import { weakest } from '#src/views/capabilities.ts';

const sources = [
  { id: 'tariff', title: 'Tariff', kind: 'utility' },
  { id: 'order', title: 'Order', kind: 'regulator' },
  { id: 'eia', title: 'EIA-861', kind: 'government' },
  { id: 'nectar', title: 'Data guide', publisher: 'Nectar', kind: 'commercial' },
  { id: 'paper', title: 'Article', publisher: 'The Gazette', kind: 'news' },
  { id: 'gba', title: 'Directory', publisher: 'Green Button Alliance', kind: 'industry' },
  { id: 'rule', title: '4 CCR 723-3-3029', kind: 'legal' },
] as never;
const u = { sources };

describe('the evidence tier of a value', () => {
  it('is confirmed when the utility, its regulator or a government body states it', () => {
    for (const id of ['tariff', 'order', 'eia'])
      expect(evidenceOf(u, [id], 'available').tier).toBe('confirmed');
  });
  it('is a confirmed no when a primary source says the utility does not offer it', () => {
    expect(evidenceOf(u, ['tariff'], 'not-available').tier).toBe('no');
    expect(evidenceOf(u, ['order'], 'none').tier).toBe('no');
  });
  it('is reported, naming who reports it, when only secondary sources state it', () => {
    const e = evidenceOf(u, ['nectar', 'paper'], 'available');
    expect(e.tier).toBe('reported');
    expect(reportedText(e)).toBe(
      'Reported by Nectar (commercial guide) and The Gazette (news report), not confirmed by the utility',
    );
    expect(evidenceOf(u, ['gba'], 'yes').tier).toBe('reported');
    // A secondary "no" is a reported no, not a confirmed one.
    expect(evidenceOf(u, ['nectar'], 'not-available').tier).toBe('reported');
  });
  it('is confirmed when a primary source joins a secondary one', () => {
    expect(evidenceOf(u, ['nectar', 'tariff'], 'available').tier).toBe('confirmed');
  });
  it('takes the primary "no" over a reported "yes" (the value is the primary source’s)', () => {
    expect(evidenceOf(u, ['tariff', 'nectar'], 'no').tier).toBe('no');
  });
  it('is not published for unknown, whatever is cited, and for rule text alone', () => {
    expect(evidenceOf(u, ['tariff'], 'unknown').tier).toBe('not-published');
    expect(evidenceOf(u, [], 'available').tier).toBe('not-published');
    expect(evidenceTier('positive', ['legal'])).toBe('not-published');
  });
  it('of a value made of parts is its weakest stated part', () => {
    const confirmed = evidenceOf(u, ['tariff'], 'yes');
    const reported = evidenceOf(u, ['paper'], 'yes');
    const missing = evidenceOf(u, [], 'unknown');
    expect(weakest([confirmed, reported, missing])).toMatchObject({
      tier: 'reported',
      by: [{ name: 'The Gazette', kind: 'news' }],
    });
    expect(weakest([confirmed, missing]).tier).toBe('confirmed');
    expect(weakest([missing]).tier).toBe('not-published');
  });
});

describe('the schema', () => {
  it('has no claim that a cite cannot reach (so no summary-feeding field bypasses the tiers)', () => {
    expect(uncitedClaims(utilitySchema)).toEqual([]);
    // The walk sees the fields that feed summaries.
    const paths = schemaFields(utilitySchema).map((f) => f.path);
    for (const p of [
      'ownership',
      'customers[].count',
      'platform.vendor',
      'intervalData.electric.granularity[].value',
      'thirdPartyAccess.routes[].kind',
      'thirdPartyAccess.routes[].audiences[]',
      'edi.transactionSets[]',
      'market.choicePrograms[].commodity',
      'wholeBuilding.delivery[]',
    ])
      expect(paths).toContain(p);
  });
  it('flags a claim placed in a section without a cite', () => {
    const bad = z.object({
      cite: z.array(z.string()).optional(),
      ownership: z.enum(['a', 'b']),
      section: z.object({ rows: z.array(z.object({ kind: z.enum(['x', 'y']) })) }),
    });
    expect(uncitedClaims(bad).map((f) => f.path)).toEqual(['section.rows[].kind']);
  });
});
