import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real `astro build`, pointed at the invalid fixtures: it must stop before writing any page.
describe('astro build with invalid guides', () => {
  it('fails and names every broken file, field and expectation', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'udg-bad-build-'));
    try {
      const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
        env: { ...process.env, GUIDES_DIR: 'tests/fixtures/invalid', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      const output = run.stdout + run.stderr;
      expect(run.status).not.toBe(0);
      expect(output).toContain('9 problem(s) in the utility guides');
      expect(output).toContain('tests/fixtures/invalid/unknown-state-code.md: states[1]: found "XX"');
      expect(output).toContain('tests/fixtures/invalid/bad-date.md: lastVerified: found "2026-02-30"');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
