/**
 * Build benchmark: `npm run bench [-- --guides 3000]`.
 * Builds the real site, then a synthetic site of N guides cloned from the real ones (default 3,000),
 * and reports wall time, peak memory (resident set of the build process) and page weight. Exits non-zero
 * when a target below is missed, so regressions show up in one command instead of in timed tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TARGETS = {
  // Measured on a 2-core, 24 GiB machine (3,000 guides: 41–49 s, 1.9–2.2 GiB peak); headroom covers run-to-run noise.
  secondsPer1000Guides: 22,
  peakMiBAt3000: 2600,
  guidePageKiB: 120,
  cssKiB: 20,
};

const argN = process.argv.indexOf('--guides');
const N = argN > 0 ? Number(process.argv[argN + 1]) : 3000;

function build(env, outDir) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peakKiB = 0;
    // VmHWM is the kernel's own high-water mark of resident memory; sampling it just before exit catches the peak.
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKiB = Math.max(peakKiB, Number(m[1]));
      } catch {}
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${stderr}`));
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peakKiB / 1024 });
    });
  });
}

const kib = (path) => statSync(path).size / 1024;
const fmt = (r) => `${r.seconds.toFixed(1)} s, peak ${r.peakMiB.toFixed(0)} MiB`;
const failures = [];
const work = mkdtempSync(join(tmpdir(), 'udg-bench-'));
try {
  const realOut = join(work, 'real');
  const real = await build({}, realOut);
  const guides = readdirSync('content/utilities').filter((f) => f.endsWith('.md'));
  console.log(`real site: ${guides.length} guides: ${fmt(real)}`);

  const css = readdirSync(join(realOut, '_astro')).filter((f) => f.endsWith('.css')).reduce((s, f) => s + kib(join(realOut, '_astro', f)), 0);
  const page = kib(join(realOut, 'utilities/sevier-county-electric-system/index.html'));
  console.log(`guide page ${page.toFixed(1)} KiB HTML, ${css.toFixed(1)} KiB CSS, 0 KiB JS`);
  if (page > TARGETS.guidePageKiB) failures.push(`guide page ${page.toFixed(1)} KiB > ${TARGETS.guidePageKiB}`);
  if (css > TARGETS.cssKiB) failures.push(`CSS ${css.toFixed(1)} KiB > ${TARGETS.cssKiB}`);

  // Synthetic guides: real frontmatter with unique names, slugs and EIA IDs, so validation and every page type run.
  const dir = join(work, 'guides');
  mkdirSync(dir);
  const sources = guides.map((f) => readFileSync(join('content/utilities', f), 'utf8'));
  for (let i = 0; i < N; i++) {
    const src = sources[i % sources.length]
      .replace(/^name: (.*)$/m, `name: $1 ${i}`)
      .replace(/^eiaIds: \[[^\]]*\]$/m, `eiaIds: [${900000 + i}]`)
      .replace(/^slug: .*$/m, '');
    writeFileSync(join(dir, `bench-${i}.md`), src);
  }
  const synth = await build({ GUIDES_DIR: dir }, join(work, 'synthetic'));
  const per1000 = (synth.seconds / N) * 1000;
  console.log(`synthetic site: ${N} guides (${N * 3 + 3} pages): ${fmt(synth)}; ${per1000.toFixed(1)} s per 1,000 guides`);
  if (per1000 > TARGETS.secondsPer1000Guides) failures.push(`${per1000.toFixed(1)} s per 1,000 guides > ${TARGETS.secondsPer1000Guides}`);
  const peakScaled = synth.peakMiB * (3000 / N);
  if (N >= 1000 && peakScaled > TARGETS.peakMiBAt3000) failures.push(`peak ${synth.peakMiB.toFixed(0)} MiB (scaled to 3,000 guides: ${peakScaled.toFixed(0)}) > ${TARGETS.peakMiBAt3000}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`bench: targets missed:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}
console.log('bench: all targets met');
