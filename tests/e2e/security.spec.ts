import { expect, test } from '@playwright/test';
import { CSP, cspFor } from '#src/site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from './dist.ts';
import { PAGE_TYPES } from './helpers.ts';

test('every built page carries the Content-Security-Policy and nothing executable that the site did not author', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const [path, html] of pages) {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect([CSP, cspFor('self'), cspFor('wasm')], path).toContain(policy);
    // Scripts other than JSON-LD data are the site's own bundles, and only where the policy allows them.
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1])
      .filter((a) => !/type="application\/ld\+json"/.test(a));
    if (policy === CSP) expect(scripts, path).toEqual([]);
    for (const s of scripts)
      expect(s, path).toMatch(/^ type="module" src="\/_astro\/[\w.-]+\.js"$/);
    expect(
      html.match(/href\s*=\s*["']?\s*(javascript|data|vbscript):/i)?.[0],
      path,
    ).toBeUndefined();
    expect(html.match(/<[a-z][^<>]*\son[a-z]+\s*=/i)?.[0], path).toBeUndefined();
    expect(html.match(/<(iframe|object|embed|base)\b/i)?.[0], path).toBeUndefined();
    // The only forms are the site's search forms, which go to /search/.
    for (const form of html.match(/<form\b[^>]*>/gi) ?? [])
      expect(form, path).toMatch(/role="search"[^>]*action="\/search\/" method="get"/);
  }
});

test('the policy is enforced: a script injected into a page does not run, and none is reported', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
  await page.goto(PAGE_TYPES.guide);
  expect(violations).toEqual([]);
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('static hosts get the same policy and the other security headers', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${cspFor('wasm')}; frame-ancestors 'none'`);
  for (const h of [
    'Referrer-Policy: strict-origin-when-cross-origin',
    'X-Content-Type-Options: nosniff',
    'Permissions-Policy:',
  ])
    expect(headers).toContain(h);
});
