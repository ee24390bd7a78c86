/**
 * Which Chromium the tests drive. Playwright's own browser downloads do not work on our machines, so a
 * system Chromium is used when present (CHROMIUM_PATH overrides the path); elsewhere Playwright's bundled
 * browser is used as usual.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export function launchOptions(): LaunchOptions {
  const executablePath = chromiumPath();
  if (!executablePath) return {};
  return {
    executablePath,
    // Root in a container needs --no-sandbox; the rest stop Chromium calling home on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  };
}
