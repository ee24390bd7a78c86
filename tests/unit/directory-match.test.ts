/** A new guide finds its EIA entry by name and state, so no second "No guide yet" page stays behind. */
import { describe, expect, it } from 'vitest';
import { directoryMatches, nameTokens } from '#src/directory/match.ts';
import { directoryProblems } from '#src/content/guides.ts';

const entry = (eiaId: number, name: string, states: string[]) =>
  ({ eiaId, name, states, slug: String(eiaId) }) as never;
const entries = [
  entry(10421, 'Knoxville Utilities Board - (TN)', ['TN']),
  entry(7140, 'Georgia Power Co', ['GA']),
  entry(9689, 'Jefferson Energy Coop', ['GA']),
  entry(9999, 'Knoxville Utilities Board', ['IA']),
];

describe('finding a utility in the EIA directory', () => {
  it('ignores case, punctuation, the state suffix and words like Co or Inc', () => {
    expect(nameTokens('Georgia Power Co.')).toEqual(nameTokens('georgia power company'));
    expect(nameTokens('Knoxville Utilities Board - (TN)')).toEqual([
      'knoxville',
      'utilities',
      'board',
    ]);
  });
  it('matches by name within the guide’s states only', () => {
    expect(
      directoryMatches(['Knoxville Utilities Board'], ['TN'], entries).map(
        (e: { eiaId: number }) => e.eiaId,
      ),
    ).toEqual([10421]);
    expect(
      directoryMatches(['Georgia Power'], ['GA'], entries).map((e: { eiaId: number }) => e.eiaId),
    ).toEqual([7140]);
    expect(directoryMatches(['Georgia Power'], ['AL'], entries)).toEqual([]);
    expect(directoryMatches(['Power'], ['GA'], entries)).toEqual([]);
  });
  it('warns while a guide’s eiaIds is unknown and an entry matches, suggesting the ID', () => {
    const guide = (eiaIds: unknown) =>
      ({
        path: 'content/utilities/kub.md',
        data: { name: 'Knoxville Utilities Board', aliases: [], states: ['TN'], eiaIds },
      }) as never;
    const [w] = directoryProblems([guide('unknown')], entries);
    expect(w).toMatchObject({
      file: 'content/utilities/kub.md',
      field: 'eiaIds',
      severity: 'warning',
    });
    expect(w.message).toContain('expected eiaIds: [10421]');
    expect(directoryProblems([guide([10421])], entries)).toEqual([]);
    expect(directoryProblems([guide('none')], entries)).toEqual([]);
  });
});
