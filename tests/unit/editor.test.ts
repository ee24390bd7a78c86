/** The editor's tools: the scaffold passes the checker, the JSON Schema agrees with zod, generated files are current. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsyaml from 'js-yaml';
import { utilitySchema } from '#src/schema/utility.ts';
import { guideJsonSchema } from '#src/schema/json-schema.ts';

const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run new', () => {
  it('writes a guide with the EIA facts that passes the checker as written, and refuses to overwrite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-new-'));
    const made = node(['scripts/new.ts', 'Town of Example Light', '--state', 'LA', '--eia', '59'], {
      GUIDES_DIR: dir,
    });
    expect(made.status, made.stderr).toBe(0);
    const text = readFileSync(join(dir, 'town-of-example-light.md'), 'utf8');
    expect(text).toContain('eiaIds: [59]');
    expect(text).toContain('customers:\n  - { count: 5714, asOf: 2018, cite: [eia-861-2018] }');
    expect(text).toContain('ownership: municipal');
    expect(text).toContain('# yaml-language-server: $schema=../../schema/utility.schema.json');
    const checked = node(['scripts/check.ts'], { GUIDES_DIR: dir });
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('1 guide(s) valid');
    expect(checked.stderr).toContain('found a TODO marker');
    const again = node(['scripts/new.ts', 'Town of Example Light', '--state', 'LA'], {
      GUIDES_DIR: dir,
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readdirSync(dir)).toEqual(['town-of-example-light.md']);
  });

  it('explains bad arguments without a stack trace', () => {
    const r = node(['scripts/new.ts', 'X', '--state', 'ZZ']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'new: give the headquarters state as a two-letter code, e.g. --state GA (found ZZ)\n',
    );
  });
});

describe('the JSON Schema for editors', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(guideJsonSchema('input'));
  const data = (file: string) =>
    jsyaml.load(readFileSync(file, 'utf8').split(/^---$/m)[1], {
      schema: jsyaml.CORE_SCHEMA,
    }) as object;

  // Shape errors: the schema must reject exactly what zod rejects. (Rules across fields, such as
  // citations resting on a real source, are the checker's alone.)
  it.each([
    'missing-required-field',
    'wrong-enum-value',
    'unknown-state-code',
    'malformed-url',
    'malformed-email',
    'malformed-phone',
    'empty-faq-answer',
    'misspelled-field',
    'comma-in-flow-mapping',
    'number-for-text',
    'customer-count-zero',
    'text-too-long',
    'bad-date',
  ])('rejects the invalid fixture %s, as zod does', (name) => {
    const d = data(`tests/fixtures/invalid/${name}.md`);
    expect(utilitySchema.safeParse(d).success).toBe(false);
    expect(validate(d)).toBe(false);
  });

  it('accepts every published guide and the minimal fixture, as zod does', () => {
    for (const f of [
      'tests/fixtures/valid/minimal.md',
      ...readdirSync('content/utilities').map((n) => `content/utilities/${n}`),
    ]) {
      const d = data(f);
      expect(utilitySchema.safeParse(d).success, f).toBe(true);
      expect(validate(d), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('and the field reference are committed up to date', () => {
    for (const script of ['scripts/schema.ts', 'scripts/fields.ts']) {
      const r = node([script, '--check']);
      expect(r.status, r.stderr).toBe(0);
    }
  });
});
