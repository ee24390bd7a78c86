/**
 * The content guard: whatever a file holds, reading it ends within a time and memory limit with a
 * problem that names the file, instead of a stalled or crashed build.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardedRead } from '#src/content/guard.ts';

const victim = readFileSync('tests/fixtures/hostile/victim.md', 'utf8');

/** A folder with one guide whose body is a table wide enough to take the reader about a second. */
function slowGuide(): string {
  const dir = mkdtempSync(join(tmpdir(), 'udg-guard-'));
  const row = `|${' a |'.repeat(2000)}`;
  const body = [row, `|${'---|'.repeat(2000)}`, ...Array(5).fill(row)].join('\n');
  writeFileSync(join(dir, 'slow-table.md'), `${victim}\n${body}\n`);
  return dir;
}

describe('the content guard', () => {
  afterEach(() => {
    delete process.env.UDG_GUARD_PER_FILE_MS;
    delete process.env.UDG_GUARD_MEMORY_MB;
  });

  it('lets content that reads quickly through', () => {
    expect(guardedRead('tests/fixtures/site')).toBeUndefined();
  });

  it('stops a file that takes longer than the limit and names it', () => {
    process.env.UDG_GUARD_PER_FILE_MS = '200';
    const start = performance.now();
    const p = guardedRead(slowGuide());
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(p?.file).toMatch(/slow-table\.md$/);
    expect(p?.message).toBe(
      'reading the file took longer than 0.2 s; expected a guide that reads in well under a second',
    );
  });

  it('stops reading that needs more memory than the limit', () => {
    process.env.UDG_GUARD_MEMORY_MB = '20';
    expect(guardedRead(slowGuide())?.message).toMatch(/needed more than 20 MB of memory/);
  });
});
