/**
 * One problem with one guide, as an editor needs it: file, line where known, field path, what was found,
 * what is expected, and a hint for the classic traps. Never a stack trace.
 */
export interface Problem {
  /** Path relative to the project root, as the editor would open it. */
  file: string;
  /**
   * 1-based line in the file. Every problem about the file's content has one (line 1 at worst, see
   * locateProblems in ./messages.ts); problems about the file itself (its name, kind or size) have none.
   */
  line?: number;
  /** Field path as an editor reads YAML, e.g. `rates.schedules[0].code`; absent for file-level problems. */
  field?: string;
  /** "found …; expected …" or a whole sentence for file-level problems. */
  message: string;
  /** What to do about it, when there is something more specific to say. */
  hint?: string;
  /** Errors stop the build; warnings are printed and allowed. */
  severity: 'error' | 'warning';
}

/** Renders a field path the way an editor reads YAML: `rates.schedules[0].code`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '(top level)'
  );
}

/** Longest printed line: a line longer than this is shortened, so one problem never floods the report. */
export const MAX_LINE = 300;
/** Problems printed per file and severity; the rest are counted. */
export const MAX_PER_FILE = 50;
const QUOTED_CHARS = 60;

/** The first `n` characters of JSON string text, never splitting an escape (`\u200b`) or a surrogate pair. */
function cutQuoted(inner: string, n: number): string {
  let out = '';
  for (const t of inner.match(/\\u[0-9a-fA-F]{4}|\\.|[\s\S]/gu) ?? []) {
    if (out.length + t.length > n) break;
    out += t;
  }
  return out;
}

/** The first `n` characters of `s`, never splitting a surrogate pair. */
const firstChars = (s: string, n: number) => (/[\uD800-\uDBFF]/.test(s[n - 1] ?? '') ? s.slice(0, n - 1) : s.slice(0, n));
/** The last `n` characters of `s`, never splitting a surrogate pair. */
const lastChars = (s: string, n: number) => (/[\uDC00-\uDFFF]/.test(s[s.length - n] ?? '') ? s.slice(s.length - n + 1) : s.slice(-n));

/**
 * One printed line, at most MAX_LINE characters: long quoted values are cut first (`"abc…"`), then, if the
 * line is still too long, its middle, keeping where it is and what is expected.
 */
export function clipLine(line: string, max = MAX_LINE): string {
  if (line.length <= max) return line;
  let s = line.replace(/"((?:[^"\\\n]|\\.)*)"/g, (m, inner: string) =>
    inner.length > QUOTED_CHARS ? `"${cutQuoted(inner, QUOTED_CHARS - 1)}…"` : m,
  );
  if (s.length > max) {
    const keep = max - 3;
    s = `${firstChars(s, Math.ceil((keep * 2) / 3))} … ${lastChars(s, Math.floor(keep / 3))}`;
  }
  return s;
}

/** `file:line: field: message` plus an indented hint line, each at most MAX_LINE characters. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const head = clipLine(`${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  return p.hint ? `${head}\n      hint: ${clipLine(p.hint, MAX_LINE - 12)}` : head;
}

export const isError = (p: Problem) => p.severity === 'error';

/** The list items for `problems`: at most MAX_PER_FILE per file, then a count of the rest of that file's. */
function listed(problems: Problem[]): string {
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  const items: string[][] = [];
  /** Index in `items` of each capped file's last shown problem. */
  const lastShown = new Map<string, number>();
  for (const p of problems) {
    const n = shown.get(p.file) ?? 0;
    if (n >= MAX_PER_FILE) {
      hidden.set(p.file, (hidden.get(p.file) ?? 0) + 1);
      continue;
    }
    shown.set(p.file, n + 1);
    items.push([`  - ${formatProblem(p)}`]);
    if (n + 1 === MAX_PER_FILE) lastShown.set(p.file, items.length - 1);
  }
  for (const [file, count] of hidden)
    items[lastShown.get(file)!].push(
      clipLine(`  - ${file}: … and ${count.toLocaleString('en-US')} more problem(s) in this file`),
    );
  return items.flat().join('\n');
}

/**
 * The report printed by check, build and dev: errors first, then warnings, each counted in full and
 * listed up to MAX_PER_FILE per file.
 */
export function formatReport(problems: Problem[], what = 'content'): string {
  const errors = problems.filter(isError);
  const warnings = problems.filter((p) => !isError(p));
  const parts: string[] = [];
  if (errors.length) parts.push(`${errors.length} error(s) in the ${what}:\n${listed(errors)}`);
  if (warnings.length) parts.push(`${warnings.length} warning(s):\n${listed(warnings)}`);
  return parts.join('\n');
}

/** Thrown where a caller must stop; carries the problems, prints without a stack. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], what?: string) {
    super(formatReport(problems, what));
    this.name = 'ContentError';
    this.problems = problems;
    // The message is the whole story: a stack trace would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
