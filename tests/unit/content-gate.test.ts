/**
 * The content gate in dev: it watches the guides folder and every collection folder, and a file added,
 * changed or removed in any of them is checked again with the guides, so an invalid FAQ entry shows the
 * error page and fixing or removing it clears it (no dev server needed: the gate's state is plain code).
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS } from '#src/content/collections.ts';
import { contentDirs, contentGate, isInContentDirs } from '#src/integrations/validate-content.ts';

const VALID_FAQ = `---
question: Is this a test question?
topic: interval-data
order: 1
sources:
  - { id: fixture, title: Test fixture, url: "https://example.org/", kind: other, accessed: 2026-06-04 }
---

Yes, it only exists for the tests.
`;

/** A project root with one valid guide and one valid general FAQ entry; the other collections absent. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'udg-gate-'));
  mkdirSync(join(root, 'content/utilities'), { recursive: true });
  mkdirSync(join(root, 'content/faq'), { recursive: true });
  copyFileSync('tests/fixtures/valid/minimal.md', join(root, 'content/utilities/minimal.md'));
  writeFileSync(join(root, 'content/faq/test-question.md'), VALID_FAQ);
  return root;
}

describe('the content gate', () => {
  it('watches the guides folder and every collection folder, and nothing else', () => {
    const root = '/site';
    const dirs = contentDirs({ dir: 'content/utilities', root });
    expect(dirs).toEqual([
      '/site/content/utilities',
      ...Object.values(COLLECTIONS).map((c) => `/site/${c.dir}`),
    ]);
    for (const f of [
      '/site/content/utilities/a.md',
      '/site/content/faq/b.md',
      '/site/content/glossary/c.md',
      '/site/content/states/ca.md',
      '/site/content/hubs/d.md',
      '/site/content/platforms/e.md',
      '/site/content/faq',
    ])
      expect(isInContentDirs(f, dirs), f).toBe(true);
    for (const f of ['/site/content/faq-old/b.md', '/site/src/pages/index.astro', '/site/content'])
      expect(isInContentDirs(f, dirs), f).toBe(false);
    // A guides folder elsewhere (GUIDES_DIR) is watched where it is.
    expect(contentDirs({ dir: 'tests/fixtures/site', root })[0]).toBe('/site/tests/fixtures/site');
  });

  it('a FAQ file added, fixed or removed after start-up is checked again, with the guides', () => {
    const root = project();
    const gate = contentGate({ dir: 'content/utilities', root });
    expect(gate.check().guides.length).toBe(1);
    expect(gate.errors).toEqual([]);

    // An invalid entry added: reported, not silently left out.
    const broken = join(root, 'content/faq/broken.md');
    writeFileSync(broken, VALID_FAQ.replace('order: 1\n', 'order: first\n'));
    const added = gate.changed(broken);
    expect(added?.guides.length).toBe(1);
    expect(gate.errors.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/faq/broken.md: order',
    ]);

    // Fixed: the error page goes.
    writeFileSync(broken, VALID_FAQ.replace('order: 1\n', 'order: 2\n'));
    gate.changed(broken);
    expect(gate.errors).toEqual([]);

    // A file refused before it is read (its name) is reported too, and removing it clears it.
    const badName = join(root, 'content/faq/Bad Name.md');
    writeFileSync(badName, VALID_FAQ);
    gate.changed(badName);
    expect(gate.errors.map((p) => p.file)).toEqual(['content/faq/Bad Name.md']);
    rmSync(badName);
    gate.changed(badName);
    expect(gate.errors).toEqual([]);

    // An invalid glossary entry, in a folder that did not exist at start-up.
    mkdirSync(join(root, 'content/glossary'));
    const term = join(root, 'content/glossary/term.md');
    writeFileSync(term, '---\nterm: Test\n---\n');
    gate.changed(term);
    expect(gate.errors.length).toBeGreaterThan(0);
    expect(gate.errors.every((p) => p.file === 'content/glossary/term.md')).toBe(true);

    // A change outside the content is not a reason to check again.
    expect(gate.changed(join(root, 'src/pages/index.astro'))).toBeUndefined();
    expect(gate.errors.length).toBeGreaterThan(0);
    rmSync(term);
    gate.changed(term);
    expect(gate.errors).toEqual([]);
  });
});
