/**
 * A failed `astro build` leaves no output directory, so neither a half-built site nor an earlier build's
 * output can be deployed as if the build had passed. The integrations that can fail a build use these:
 * `failBuild` for a failure they report themselves (one message, no stack trace, exit 1), and
 * `removeOutputOnFailure` around a step whose errors are rethrown. `removeOutputIfBuildFails`, registered by
 * the content gate at the start of every build, also covers failures of Astro's own (a page that throws
 * while being rendered): any non-zero exit of the build process removes the output directory.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Removes the output directory; returns the sentence that says so, for the failure's message. */
export function removeOutput(outDir: URL | string): string {
  const path = resolve(typeof outDir === 'string' ? outDir : fileURLToPath(outDir));
  // Never the project itself (or a folder holding it), whatever outDir says.
  const fromOutput = relative(path, process.cwd());
  if (!fromOutput.startsWith('..') && !isAbsolute(fromOutput))
    return `The output directory ${path} holds the project, so it was not removed.`;
  if (!existsSync(path)) return `No output directory was left at ${path}.`;
  rmSync(path, { recursive: true, force: true });
  return `The output directory ${path} was removed, so nothing from a failed build can be deployed.`;
}

/** Removes the output, reports `message` and exits 1: for failures that explain themselves (no stack trace). */
export function failBuild(
  logger: AstroIntegrationLogger,
  outDir: URL | string,
  message: string,
): never {
  const removed = removeOutput(outDir);
  logger.error(`${message}\n${removed}`);
  process.exit(1);
}

/** Runs a build step; if it throws, removes the output and rethrows, the message saying it was removed. */
export async function removeOutputOnFailure<T>(
  outDir: URL | string,
  step: () => T | Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (e) {
    const removed = removeOutput(outDir);
    if (e instanceof Error) {
      e.message = `${e.message}\n${removed}`;
      throw e;
    }
    throw new Error(`${String(e)}\n${removed}`, { cause: e });
  }
}

const guarded = new Set<string>();

/** From now on, a non-zero exit of this process removes the output directory (once per directory). */
export function removeOutputIfBuildFails(outDir: URL | string): void {
  const key = String(outDir);
  if (guarded.has(key)) return;
  guarded.add(key);
  process.on('exit', (code) => {
    if (code === 0) return;
    const path = resolve(typeof outDir === 'string' ? outDir : fileURLToPath(outDir));
    if (existsSync(path)) process.stderr.write(`build failed: ${removeOutput(outDir)}\n`);
  });
}
