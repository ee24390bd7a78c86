/**
 * The content guard's reader, run by `src/content/guard.ts` in a child process with a memory limit:
 *   node --max-old-space-size=N scripts/read-content.ts <guides dir>
 * Reads and checks every guide and collection file once (filling the same on-disk cache the build and `npm run check` reuse),
 * printing "reading <file>" before each. A watchdog thread kills the process when one file takes longer
 * than the limit, so no input can stall a build; the parent names the file from the last line printed.
 */
import { Worker } from 'node:worker_threads';
import { collectionProblems } from '#src/content/collections.ts';
import { loadGuideDirectory, readingProgress } from '#src/content/guides.ts';
import { GUARD_LIMITS, TIME_LIMIT_MARK } from '#src/content/guard.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('read-content: give the guides folder');
  process.exit(2);
}
const perFileMs = Number(process.env.UDG_GUARD_PER_FILE_MS) || GUARD_LIMITS.perFileMs;
const started = new BigInt64Array(new SharedArrayBuffer(8));
const watchdog = new Worker(
  // Writes straight to the file descriptor: a worker's process.stderr goes through the blocked main thread.
  `const { workerData } = require('node:worker_threads');
   const { writeSync } = require('node:fs');
   const started = new BigInt64Array(workerData.shared);
   setInterval(() => {
     const t = Number(Atomics.load(started, 0));
     if (t && Date.now() - t > workerData.perFileMs) {
       writeSync(2, workerData.mark + '\\n');
       process.kill(process.pid, 'SIGKILL');
     }
   }, 50);`,
  { eval: true, workerData: { shared: started.buffer, perFileMs, mark: TIME_LIMIT_MARK } },
);
watchdog.unref();
readingProgress.onFile = (path) => {
  process.stderr.write(`reading ${path}\n`);
  Atomics.store(started, 0, BigInt(Date.now()));
};
// The rules across guides are not one file's time: the watchdog rests until the next file.
readingProgress.onFilesDone = () => Atomics.store(started, 0, 0n);
loadGuideDirectory(dir);
collectionProblems();
Atomics.store(started, 0, 0n);
process.exit(0);
