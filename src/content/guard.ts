/**
 * A time and memory guard on reading content. Limits in the reader (file size, YAML without aliases,
 * nesting bounded before parsing) keep every known input fast; this guard covers what no limit foresaw.
 * Before the build or `npm run check` reads the guides, a child process reads them first with a memory
 * limit and a per-file watchdog (`scripts/read-content.ts`). If it is killed, the file it was reading is
 * reported as one clear problem and nothing else runs; if it finishes, its results are in the on-disk
 * cache, so the real read costs little more.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Problem } from './problems.ts';

export const GUARD_LIMITS = {
  /** Longest one file may take to read and check. */
  perFileMs: 5_000,
  /** Heap for reading every guide; the real site needs a small fraction of it. */
  memoryMb: 4_096,
} as const;

/** What the watchdog prints before it stops the reader. */
export const TIME_LIMIT_MARK = 'content-guard: a file took longer than the time limit';

/** Reads `dir` under the guard; a problem naming the file that broke a limit, or nothing. */
export function guardedRead(dir: string, root: string = process.cwd()): Problem | undefined {
  const perFileMs = Number(process.env.UDG_GUARD_PER_FILE_MS) || GUARD_LIMITS.perFileMs;
  const memoryMb = Number(process.env.UDG_GUARD_MEMORY_MB) || GUARD_LIMITS.memoryMb;
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${memoryMb}`, join(root, 'scripts/read-content.ts'), dir],
    { cwd: root, encoding: 'utf8', env: process.env, maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status === 0) return undefined;
  const err = run.stderr ?? '';
  const file = [...err.matchAll(/^reading (.+)$/gm)].pop()?.[1] ?? dir;
  if (err.includes(TIME_LIMIT_MARK) || run.signal === 'SIGKILL')
    return {
      file,
      message: `reading the file took longer than ${perFileMs / 1000} s; expected a guide that reads in well under a second`,
      hint: 'something in it makes the reader work too hard (very deep nesting, very long lists or tables); simplify it',
      severity: 'error',
    };
  if (/heap out of memory|Allocation failed|ERR_WORKER_OUT_OF_MEMORY/i.test(err) || run.signal === 'SIGABRT')
    return {
      file,
      message: `reading the file needed more than ${memoryMb} MB of memory; expected a guide that reads in a few`,
      hint: 'something in it expands far beyond its size; simplify it',
      severity: 'error',
    };
  const last = err.split('\n').filter((l) => l && !l.startsWith('reading ')).pop();
  return {
    file,
    message: `reading the content failed${last ? `: ${last.slice(0, 200)}` : ''}`,
    severity: 'error',
  };
}
