/** The editor's tools: the scaffold passes the checker, the JSON Schema agrees with zod, generated files are current. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsyaml from 'js-yaml';
import { utilitySchema } from '#src/schema/utility.ts';
import { guideJsonSchema } from '#src/schema/json-schema.ts';
import { LIMITS } from '#src/schema/fragments.ts';

const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run new', () => {
  it('--mdx writes an .mdx guide with a component that passes the checker as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-new-'));
    const made = node(['scripts/new.ts', 'Town of Example Light', '--state', 'LA', '--mdx'], {
      GUIDES_DIR: dir,
    });
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['town-of-example-light.mdx']);
    expect(readFileSync(join(dir, 'town-of-example-light.mdx'), 'utf8')).toContain(
      '<Callout tone="note">',
    );
    const checked = node(['scripts/check.ts'], { GUIDES_DIR: dir });
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('1 guide(s) valid');
    // One slug, one file: the Markdown twin is refused.
    const twin = node(['scripts/new.ts', 'Town of Example Light', '--state', 'LA'], {
      GUIDES_DIR: dir,
    });
    expect(twin.status).toBe(1);
    expect(twin.stderr).toContain('town-of-example-light.mdx already exists');
  });

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

  /** Runs the scaffold on an empty guides folder of its own. */
  const scaffold = (args: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-new-'));
    return { dir, r: node(['scripts/new.ts', ...args], { GUIDES_DIR: dir }) };
  };
  /** A refusal: exit 1, the message on one line, no stack trace, nothing written. */
  const expectRefused = (r: ReturnType<typeof node>, message: string) => {
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain(`new: ${message}`);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s*at /m);
    expect(r.stdout).toBe('');
  };

  it('refuses a --slug that is a path or not a plain slug, writing nothing inside or outside the guides folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'udg-new-'));
    const dir = join(root, 'content', 'guides');
    mkdirSync(dir, { recursive: true });
    const outside = `${basename(root)}-escaped`; // ../../../ from the guides folder is the system temp dir
    for (const slug of [`../../../${outside}`, '/etc/x', 'a/b', '..', 'Foo_Bar']) {
      const r = node(['scripts/new.ts', 'Example Light', '--state', 'GA', '--slug', slug], {
        GUIDES_DIR: dir,
      });
      expectRefused(
        r,
        `--slug must be a plain file name of lowercase letters a–z, digits and single hyphens, e.g. --slug `,
      );
      expect(r.stderr).toContain(`(found ${JSON.stringify(slug)})`);
    }
    const long = node(
      ['scripts/new.ts', 'Example Light', '--state', 'GA', '--slug', 'a'.repeat(101)],
      {
        GUIDES_DIR: dir,
      },
    );
    expectRefused(long, '--slug is 101 characters; expected at most 100');
    expect(readdirSync(root, { recursive: true }).sort()).toEqual([
      'content',
      join('content', 'guides'),
    ]);
    expect(existsSync(join(tmpdir(), `${outside}.md`))).toBe(false);
    expect(existsSync('/etc/x.md')).toBe(false);
  });

  it('refuses a name longer than the schema allows a guide’s name, without a stack trace', () => {
    for (const length of [LIMITS.label + 1, 300]) {
      const { dir, r } = scaffold(['N'.repeat(length), '--state', 'GA']);
      expectRefused(
        r,
        `the name is ${length} characters; expected at most ${LIMITS.label}, the limit on a guide’s name`,
      );
      expect(readdirSync(dir)).toEqual([]);
    }
    const { dir, r } = scaffold(['N'.repeat(LIMITS.label), '--state', 'GA', '--slug', 'long-name']);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['long-name.md']);
  });

  it('makes the file name from the whole name ("&" as "and", accents stripped) and refuses a name that makes none or too long a one', () => {
    for (const [name, file] of [
      ['St. Joseph Light & Power', 'st-joseph-light-and-power.md'],
      ['  Coöperative Électrique — Été ', 'cooperative-electrique-ete.md'],
    ]) {
      const { dir, r } = scaffold([name!, '--state', 'MO']);
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(dir)).toEqual([file]);
    }
    const none = scaffold(['!!!', '--state', 'GA']);
    expectRefused(
      none.r,
      'the name "!!!" has no letters or digits to make a file name from; choose one with --slug',
    );
    expect(readdirSync(none.dir)).toEqual([]);
    const long = scaffold(['& '.repeat(100), '--state', 'GA']);
    expectRefused(
      long.r,
      'the name makes a 399-character file name; expected at most 100: choose a shorter one with --slug',
    );
    expect(readdirSync(long.dir)).toEqual([]);
  });

  it('refuses an --eia that is not a plain positive decimal integer (1e3, 0x10, -5, 5.0, 0)', () => {
    for (const eia of ['1e3', '0x10', '-5', '5.0', '0']) {
      const { dir, r } = scaffold(['Example Light', '--state', 'LA', '--eia', eia]);
      expectRefused(
        r,
        `--eia takes the EIA utility number, a positive whole number in digits, e.g. --eia 9689 (found ${JSON.stringify(eia)})`,
      );
      expect(readdirSync(dir)).toEqual([]);
    }
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
