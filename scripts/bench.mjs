/**
 * Build benchmark (not a test): `npm run bench [-- --guides 10000] [--mdx 0.1] [--skip-baseline] [--skip-rebuild]`.
 * `--mdx 0.1` writes that share of the synthetic guides as `.mdx`, each body using every allow-listed component,
 * to measure what MDX costs (run once without it to compare).
 *   1. The real site: build time, guide page weight (HTML + CSS, gzip).
 *   2. N synthetic guides (real guides cloned with new names and EIA IDs, so every section is filled and
 *      sizes match the real ones) in a temporary folder outside content/, built with the EIA directory:
 *      cold build time, pages per second, peak memory of the whole process tree, size of dist/.
 *   3. A rebuild after changing one synthetic guide.
 *   4. The same Markdown built by a bare Astro project (one page per file, no schema, no views), and our
 *      time as a ratio to it.
 * Exits non-zero when a budget below is missed, so a regression shows up in one command.
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/browser.ts';
import { join, resolve } from 'node:path';
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES } from '../src/content/mdx-components.ts';

/** Budgets on a 2-core machine (issue 9); `scaled` budgets are per 10,000 guides. */
const BUDGETS = {
  coldSecondsPer10k: 120,
  peakMiB: 3072,
  rebuildSeconds: 15,
  guidePageKiB: 30,
  firstQueryKiB: 150,
};

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('guides', 10000));
const MDX_SHARE = Number(arg('mdx', 0));
const skipBaseline = process.argv.includes('--skip-baseline');
const skipRebuild = process.argv.includes('--skip-rebuild');
const ROOT = process.cwd();
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');

/** Resident memory of a process and all its descendants, in KiB, from /proc. */
function treeRssKiB(pid) {
  let total = 0;
  const children = new Map();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {}
  }
  const walk = (p) => {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {}
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(pid);
  return total;
}

/** Build phases, each named by the log line that ends it. */
const PHASES = [
  ['content and bundling', /generating static routes/],
  ['pages', /wrote _headers|Waiting for integration/],
  ['search index', /search index: \d+ of/],
  ['link check', /links: [\d,]+ internal links/],
];
const phaseLine = (r) =>
  r.phases
    .map((p) => `${p.name} ${p.seconds.toFixed(0)} s (peak ${p.peakMiB.toFixed(0)} MiB)`)
    .join(', ');

function run(args, env = {}, cwd = ROOT) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO, ...args], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Where the time and memory go: each phase ends when the build logs its marker.
    const phases = [];
    let phasePeak = 0;
    let phaseStart = started;
    let pending = '';
    child.stdout.on('data', (d) => {
      const lines = (pending + d).split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const phase = PHASES.find(([, re]) => re.test(line))?.[0];
        if (!phase || phases.some((p) => p.name === phase)) continue;
        const now = performance.now();
        phases.push({ name: phase, seconds: (now - phaseStart) / 1000, peakMiB: phasePeak / 1024 });
        phaseStart = now;
        phasePeak = 0;
      }
    });
    let peak = 0;
    const timer = setInterval(() => {
      const rss = treeRssKiB(child.pid);
      peak = Math.max(peak, rss);
      phasePeak = Math.max(phasePeak, rss);
    }, 250);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0)
        return fail(new Error(`astro ${args.join(' ')} failed (${code}):\n${stderr.slice(-3000)}`));
      done({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, phases });
    });
  });
}

const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile());
const sizeMiB = (dir) => files(dir).reduce((s, f) => s + statSync(f).size, 0) / 1024 / 1024;
const countPages = (dir) => files(dir).filter((f) => f.endsWith('.html')).length;
const gzKiB = (buf) => gzipSync(buf).length / 1024;

/**
 * Serves `dist` gzip-compressed like a CDN, opens a page, then measures what the first search query costs:
 * bytes over the wire (compressed) from focusing the box to the first result, and the time it took.
 */
async function measureSearch(dist, query) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
  };
  const server = createServer((req, res) => {
    let path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return res.writeHead(404).end();
    const body = readFileSync(path);
    const gz =
      /gzip/.test(req.headers['accept-encoding'] ?? '') &&
      !/\.(png|pf_fragment|pf_index|pf_meta|pagefind)$/.test(path);
    res.writeHead(200, {
      'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream',
      ...(gz ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gz ? gzipSync(body) : body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    // Bytes on the wire per request: the body as sent (gzip where the server compressed it) plus headers.
    // (CDP's loadingFinished events missed most of Pagefind's fetches and reported 16 KiB for ~150 KiB.)
    const sizes = [];
    await page.goto(`${base}/`);
    await page.waitForLoadState('networkidle');
    page.on('requestfinished', (r) =>
      sizes.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    const started = performance.now();
    await page.locator('#site-search').focus();
    await page.keyboard.type(query);
    await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 60000 });
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { kib: bytes / 1024, ms, requests: sizes.length };
  } finally {
    await browser.close();
    server.close();
  }
}

const failures = [];
const work = mkdtempSync(join(tmpdir(), 'udg-bench-'));
const fmt = (r) => `${r.seconds.toFixed(1)} s, peak ${r.peakMiB.toFixed(0)} MiB`;
try {
  // 1. The real site.
  const realOut = join(work, 'real');
  const real = await run(['build', '--outDir', realOut]);
  console.log(
    `real site: ${countPages(realOut)} pages in ${fmt(real)}\n  phases: ${phaseLine(real)}`,
  );
  const css = readdirSync(join(realOut, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(realOut, '_astro', f)));
  const cssKiB = css.reduce((s, b) => s + gzKiB(b), 0);
  const guideDirs = readdirSync(join(realOut, 'utilities')).filter((d) =>
    ['md', 'mdx'].some((ext) => existsSync(join(ROOT, 'content/utilities', `${d}.${ext}`))),
  );
  const weights = guideDirs.map(
    (d) => gzKiB(readFileSync(join(realOut, 'utilities', d, 'index.html'))) + cssKiB,
  );
  const heaviest = Math.max(...weights);
  console.log(
    `guide pages: ${Math.min(...weights).toFixed(1)}–${heaviest.toFixed(1)} KiB transferred (HTML + CSS, gzip; ${cssKiB.toFixed(1)} KiB of it CSS), 0 KiB JavaScript`,
  );
  if (heaviest > BUDGETS.guidePageKiB)
    failures.push(`heaviest guide page ${heaviest.toFixed(1)} KiB > ${BUDGETS.guidePageKiB} KiB`);
  const indexMiB = sizeMiB(join(realOut, 'pagefind'));
  const q1 = await measureSearch(realOut, 'Sevier');
  console.log(
    `search: index ${indexMiB.toFixed(1)} MiB; first query "Sevier": ${q1.kib.toFixed(0)} KiB transferred in ${q1.requests} requests, first results in ${q1.ms.toFixed(0)} ms`,
  );
  if (q1.kib > BUDGETS.firstQueryKiB)
    failures.push(`first search query ${q1.kib.toFixed(0)} KiB > ${BUDGETS.firstQueryKiB} KiB`);

  // 2. Synthetic guides, cold.
  const guides = join(work, 'guides');
  mkdirSync(guides);
  const realFiles = readdirSync('content/utilities').filter((f) => f.endsWith('.md'));
  const sources = realFiles.map((f) => readFileSync(join('content/utilities', f), 'utf8'));
  // The real guides come along: synthetic copies keep their "not to be confused with" links to them.
  for (const f of realFiles)
    writeFileSync(join(guides, f), readFileSync(join('content/utilities', f)));
  // Every MDX_SHARE-th guide is MDX: the same frontmatter, a body that uses every component.
  const mdxEvery = MDX_SHARE > 0 ? Math.round(1 / MDX_SHARE) : 0;
  const mdxBody = `\n## Notices\n\n${MDX_COMPONENT_NAMES.map((n) => MDX_COMPONENTS[n].example).join('\n\n')}\n`;
  let mdxCount = 0;
  for (let i = 0; i < N; i++) {
    const text = sources[i % sources.length]
      // A new name and short name (inside the quotes where the original is quoted).
      .replace(/^(name|shortName): (.*)$/gm, (_, key, value) =>
        /^["']/.test(value)
          ? `${key}: ${value.slice(0, -1)} ${i}${value.at(-1)}`
          : `${key}: ${value} ${i}`,
      )
      // No EIA ID: a made-up one would be refused (it is not in the directory), a real one taken twice.
      .replace(/^eiaIds: .*$/m, 'eiaIds: unknown');
    const mdx = mdxEvery > 0 && i % mdxEvery === 0;
    if (mdx) mdxCount++;
    writeFileSync(
      join(guides, `bench-${i}.${mdx ? 'mdx' : 'md'}`),
      mdx ? text.slice(0, text.indexOf('\n---', 4) + 5) + mdxBody : text,
    );
  }
  const synthOut = join(work, 'synthetic');
  const cache = join(ROOT, 'node_modules/.cache/utility-guides');
  rmSync(cache, { recursive: true, force: true });
  const cold = await run(['build', '--outDir', synthOut], { GUIDES_DIR: guides });
  const pages = countPages(synthOut);
  console.log(
    `synthetic site: ${N} guides (${mdxCount} MDX) + ${realFiles.length} real + EIA directory = ${pages} pages, cold: ${fmt(cold)}, ${(pages / cold.seconds).toFixed(0)} pages/s, dist ${sizeMiB(synthOut).toFixed(0)} MiB`,
  );
  console.log(`  phases: ${phaseLine(cold)}`);
  const q2 = await measureSearch(synthOut, 'Sevier');
  console.log(
    `search at ${N} guides: index ${sizeMiB(join(synthOut, 'pagefind')).toFixed(0)} MiB; first query "Sevier": ${q2.kib.toFixed(0)} KiB transferred in ${q2.requests} requests, first results in ${q2.ms.toFixed(0)} ms`,
  );
  if (q2.kib > BUDGETS.firstQueryKiB)
    failures.push(
      `first search query at ${N} guides ${q2.kib.toFixed(0)} KiB > ${BUDGETS.firstQueryKiB} KiB`,
    );
  const budget = (BUDGETS.coldSecondsPer10k * N) / 10000;
  if (cold.seconds > budget)
    failures.push(
      `cold build ${cold.seconds.toFixed(0)} s > ${budget.toFixed(0)} s (over by ${(cold.seconds - budget).toFixed(0)} s)`,
    );
  if (cold.peakMiB > BUDGETS.peakMiB)
    failures.push(`peak memory ${cold.peakMiB.toFixed(0)} MiB > ${BUDGETS.peakMiB} MiB`);

  // 3. Change one guide and rebuild.
  if (!skipRebuild) {
    const one = join(guides, 'bench-0.md');
    writeFileSync(one, readFileSync(one, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (changed)'));
    const warm = await run(['build', '--outDir', synthOut], { GUIDES_DIR: guides });
    console.log(`rebuild after changing one guide: ${fmt(warm)}`);
    if (warm.seconds > BUDGETS.rebuildSeconds)
      failures.push(`rebuild ${warm.seconds.toFixed(0)} s > ${BUDGETS.rebuildSeconds} s`);
  }

  // 4. Bare Astro on the same Markdown.
  if (!skipBaseline) {
    const bare = join(work, 'bare');
    mkdirSync(join(bare, 'src/pages'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(bare, 'node_modules'));
    writeFileSync(join(bare, 'package.json'), '{"type":"module"}');
    writeFileSync(join(bare, 'astro.config.mjs'), 'export default {};\n');
    writeFileSync(
      join(bare, 'src/content.config.ts'),
      `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { guides: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(guides)} }) }) };\n`,
    );
    writeFileSync(
      join(bare, 'src/pages/[slug].astro'),
      `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('guides')).map((g) => ({ params: { slug: g.id }, props: { g } })); }\nconst { g } = Astro.props;\nconst { Content } = await render(g);\n---\n<html lang="en"><head><title>{g.data.name}</title></head><body><h1>{g.data.name}</h1><Content /></body></html>\n`,
    );
    const base = await run(['build', '--root', bare], {}, bare);
    console.log(
      `bare Astro, same ${N} Markdown files (${N} pages): ${fmt(base)}; ours per page ${((cold.seconds / pages) * 1000).toFixed(1)} ms vs bare ${((base.seconds / N) * 1000).toFixed(1)} ms; cold build ratio ${(cold.seconds / base.seconds).toFixed(2)}×`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`bench: budgets missed:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('bench: all budgets met');
