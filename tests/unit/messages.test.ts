/**
 * The report an editor reads stays readable whatever a guide holds: ten thousand unknown fields make one
 * short line, no printed line runs past a few hundred characters, a file with hundreds of problems shows
 * the first fifty and counts the rest; and every problem about a file's content names a line.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkGuides } from '#src/content/guides.ts';
import { keyList, locateProblems, parsePath } from '#src/content/messages.ts';
import {
  clipLine,
  formatProblem,
  formatReport,
  MAX_LINE,
  MAX_PER_FILE,
  type Problem,
} from '#src/content/problems.ts';

const minimal = readFileSync('tests/fixtures/valid/minimal.md', 'utf8');
/** The minimal guide with `yaml` added after its states line (file line 5), so added lines start at 6. */
const withFields = (yaml: string) => minimal.replace('states: [TN]', `states: [TN]\n${yaml}`);
const manyKeys = (n: number, value = 'x') =>
  Array.from({ length: n }, (_, i) => `unknownField${i}: ${value}`).join('\n');

/** Runs `npm run check`'s script on the guides in `dir`; its report is on stderr. */
function check(dir: string) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/check.ts'], {
    env: { ...process.env, GUIDES_DIR: dir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return {
    status: run.status,
    stderr: run.stderr,
    stdout: run.stdout,
    ms: performance.now() - started,
  };
}
/** The list items of a report: `  - file:line: …` (hints and counts of the rest excluded). */
const items = (report: string) =>
  report.split('\n').filter((l) => l.startsWith('  - ') && !/: … and [\d,]+ more problem/.test(l));

describe('ten thousand unknown fields', () => {
  it('make one problem naming five of them and counting the rest, at the first one’s line', () => {
    const { problems } = checkGuides([
      { path: 'x.md', slug: 'x', format: 'md', source: withFields(manyKeys(10_000)) },
    ]);
    const unknown = problems.filter((p) => p.message.includes('unknown field'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0].line).toBe(6);
    expect(unknown[0].field).toBe('(top level)');
    expect(unknown[0].message).toBe(
      'found unknown field(s) "unknownField0", "unknownField1", "unknownField2", "unknownField3", "unknownField4" and 9,995 more; expected only the fields this part of the guide defines',
    );
  });

  it('print short lines, quickly, through npm run check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-many-keys-'));
    // Distinct content per run, so no cached result hides the time it takes.
    writeFileSync(join(dir, 'many-keys.md'), withFields(`${manyKeys(10_000)}\n# ${dir}`));
    const { status, stderr, ms } = check(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'and 9,995 more; expected only the fields this part of the guide defines',
    );
    expect(Math.max(...stderr.split('\n').map((l) => l.length))).toBeLessThan(400);
    // About 2-5 s here, most of it in the yaml library locating the first key among 10,000; room for a busy machine.
    expect(ms).toBeLessThan(15_000);
  }, 30_000);
});

describe('a file with hundreds of problems', () => {
  it('lists the first fifty and counts the rest; other files are listed in full', () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-many-problems-'));
    // 120 unknown fields holding markup: one problem for the unknown fields, two per value (<b> and </b>).
    writeFileSync(join(dir, 'noisy.md'), withFields(manyKeys(120, '"<b>bold</b>"')));
    writeFileSync(
      join(dir, 'quiet.md'),
      minimal.replace('ownership: municipal', 'ownership: city'),
    );
    const { stderr } = check(dir);
    const noisy = `${relative(process.cwd(), dir)}/noisy.md`;
    expect(stderr).toContain('242 error(s) in the content:');
    expect(items(stderr).filter((l) => l.includes(noisy))).toHaveLength(MAX_PER_FILE);
    expect(stderr).toContain(`  - ${noisy}: … and 191 more problem(s) in this file`);
    expect(items(stderr).filter((l) => l.includes('quiet.md'))).toHaveLength(1);
  }, 30_000);

  it('the count follows the file’s last listed problem, even when the file’s problems are not together', () => {
    const p = (file: string, n: number): Problem => ({
      file,
      line: n,
      message: `problem ${n}`,
      severity: 'error',
    });
    const problems = [
      ...Array.from({ length: 60 }, (_, i) => p('a.md', i + 1)),
      p('b.md', 1),
      p('a.md', 99),
    ];
    const lines = formatReport(problems).split('\n');
    expect(lines[0]).toBe('62 error(s) in the content:');
    expect(lines[MAX_PER_FILE]).toBe(`  - a.md:${MAX_PER_FILE}: problem ${MAX_PER_FILE}`);
    expect(lines[MAX_PER_FILE + 1]).toBe('  - a.md: … and 11 more problem(s) in this file');
    expect(lines[MAX_PER_FILE + 2]).toBe('  - b.md:1: problem 1');
    expect(lines).toHaveLength(MAX_PER_FILE + 3);
  });
});

describe('a printed line', () => {
  it('cuts a long quoted value with an ellipsis, keeping the rest of the message', () => {
    const value = 'y'.repeat(5000);
    const line = formatProblem({
      file: 'content/utilities/x.md',
      line: 4,
      field: 'summary',
      message: `found ${JSON.stringify(value)}; expected at most 320 characters`,
      severity: 'error',
    });
    expect(line.length).toBeLessThanOrEqual(MAX_LINE);
    expect(line).toBe(
      `content/utilities/x.md:4: summary: found "${'y'.repeat(59)}…"; expected at most 320 characters`,
    );
  });

  it('never splits an escape or a character, and cuts the middle of what is still too long', () => {
    // JSON writes a control character as a six-character escape: it is kept whole or left out.
    expect(clipLine(`found ${JSON.stringify('\u0001'.repeat(100))}; expected text`)).toBe(
      `found "${'\\u0001'.repeat(9)}…"; expected text`,
    );
    expect(clipLine(`found "${'😀'.repeat(100)}"; expected more`.padEnd(400, '.'))).toMatch(
      /^found "(😀)+…"; /u,
    );
    const field = 'k'.repeat(2000);
    const line = formatProblem({
      file: 'x.md',
      line: 3,
      field,
      message: 'found x; expected y',
      hint: 'h'.repeat(900),
      severity: 'error',
    });
    const [head, hint] = line.split('\n');
    expect(head.length).toBeLessThanOrEqual(MAX_LINE);
    expect(head.startsWith('x.md:3: kkk')).toBe(true);
    expect(head.endsWith(': found x; expected y')).toBe(true);
    expect(head).toContain(' … ');
    expect(hint.length).toBeLessThanOrEqual(MAX_LINE);
    expect(clipLine('short')).toBe('short');
  });

  it('names at most five unknown keys, each at most 40 characters', () => {
    expect(keyList(['a'])).toBe('"a"');
    expect(keyList(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toBe('"a", "b", "c", "d", "e" and 2 more');
    expect(keyList(['z'.repeat(1000)])).toBe(`"${'z'.repeat(39)}…"`);
  });
});

describe('every problem about a file’s content', () => {
  it('names a line in npm run check for every invalid fixture', () => {
    const { status, stderr } = check('tests/fixtures/invalid');
    expect(status).toBe(1);
    const listed = items(stderr);
    expect(listed.length).toBeGreaterThanOrEqual(22);
    for (const l of listed) expect(l).toMatch(/^ {2}- [^:]+:\d+: /);
  }, 30_000);

  it('names a line when a rule run after the files knows only the field; a file-level problem names none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-lines-'));
    // A claim left unknown whose note cites only a secondary source: a warning found from the data.
    writeFileSync(
      join(dir, 'cited-unknown.md'),
      withFields(
        'api: { status: unknown, note: The fixture says nothing about it., cite: [fixture] }',
      ),
    );
    writeFileSync(join(dir, 'Bad Name.md'), minimal);
    const { stderr } = check(dir);
    const here = relative(process.cwd(), dir);
    expect(stderr).toContain(
      `  - ${here}/cited-unknown.md:6: api: found status unknown with a note`,
    );
    // Renaming is the fix: the file, not a line in it.
    expect(stderr).toContain(`  - ${here}/Bad Name.md: the file name is not a valid slug`);
    for (const l of items(stderr).filter((x) => !x.includes('Bad Name.md')))
      expect(l).toMatch(/^ {2}- [^:]+:\d+: /);
  }, 30_000);

  it('gets the line of its field, the body’s first line, or line 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'udg-locate-'));
    writeFileSync(join(dir, 'x.md'), withFields('eiaIds: [1, 2]'));
    writeFileSync(join(dir, 'broken.md'), '---\nname: [unclosed\n---\n');
    const at = (file: string, field?: string): Problem => ({
      file: `${dir}/${file}`,
      field,
      message: 'm',
      severity: 'error',
    });
    const lines = locateProblems(
      [
        at('x.md', 'eiaIds[1]'),
        at('x.md', 'sources[0].url'),
        at('x.md', 'body'),
        at('x.md', 'no.such[3].field'),
        at('broken.md', 'name'),
        at('x.md'),
        at('missing.md', 'name'),
        { ...at('x.md', 'name'), line: 9 },
      ],
      '/',
    ).map((p) => p.line);
    // A path that does not exist falls back to its nearest parent: here the top level, from line 3.
    expect(lines).toEqual([6, 18, 20, 3, 1, undefined, undefined, 9]);
    expect(parsePath('rates.schedules[0].code')).toEqual(['rates', 'schedules', 0, 'code']);
    expect(parsePath('(top level)')).toEqual([]);
  });
});
