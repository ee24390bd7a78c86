/**
 * Probes every external link in the content (guides, states, glossary, FAQ, hubs) and reports dead ones,
 * per file. Needs the network, so it never runs in CI; CI checks the links' format instead (the schema).
 *   npm run check:links:external [-- --json] [-- --only=content/utilities/x.md] [-- --concurrency=8] [-- --timeout=15]
 * A link is dead when it answers 404 or 410, or another 4xx/5xx after a GET retry, or never answers.
 * Sites that refuse robots (401, 403, 429) are listed as "check by hand", not as dead.
 * Exit 1 when any link is dead.
 */
import { loadGuideDirectory, type Doc } from '#src/content/guides.ts';
import { COLLECTIONS, loadCollection, type CollectionName } from '#src/content/collections.ts';
import { CONTENT_DIR } from '#src/site.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const json = args.includes('--json');
const only = opt('only', '');
const concurrency = Math.max(1, Number(opt('concurrency', '8')));
const timeoutMs = Math.max(1, Number(opt('timeout', '15'))) * 1000;

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`)\]]+/g;

/** Every http(s) URL written anywhere in a document's frontmatter or body. */
function urlsOf(doc: Doc<unknown>): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string')
      for (const m of v.match(URL_IN_TEXT) ?? []) out.add(m.replace(/[.,;:]+$/, ''));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc.data);
  walk(doc.body);
  return [...out];
}

const docs: Doc<unknown>[] = [
  ...loadGuideDirectory(CONTENT_DIR, process.cwd()).guides,
  ...(Object.keys(COLLECTIONS) as CollectionName[]).flatMap(
    (c) => loadCollection(c).docs as Doc<unknown>[],
  ),
].filter((d) => !only || d.path === only);

const filesByUrl = new Map<string, Set<string>>();
for (const d of docs)
  for (const u of urlsOf(d)) filesByUrl.set(u, (filesByUrl.get(u) ?? new Set()).add(d.path));

type Verdict = { url: string; status: 'ok' | 'dead' | 'by-hand'; detail: string };

async function probe(url: string): Promise<Verdict> {
  const attempt = async (method: 'HEAD' | 'GET') => {
    const res = await fetch(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'user-agent': 'UtilityDataGuides-linkcheck/1 (+https://utilitydataguides.org/contribute/)',
      },
    });
    await res.body?.cancel();
    return res.status;
  };
  try {
    let status = await attempt('HEAD');
    if (status >= 400) status = await attempt('GET'); // many servers refuse HEAD
    if (status < 400) return { url, status: 'ok', detail: String(status) };
    if ([401, 403, 429].includes(status))
      return {
        url,
        status: 'by-hand',
        detail: `HTTP ${status} (the site refuses automated requests)`,
      };
    return { url, status: 'dead', detail: `HTTP ${status}` };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    return {
      url,
      status: 'dead',
      detail:
        err.name === 'TimeoutError'
          ? `no answer in ${timeoutMs / 1000} s`
          : `${err.cause?.code ?? err.message}`,
    };
  }
}

const urls = [...filesByUrl.keys()].sort();
const verdicts: Verdict[] = [];
let next = 0;
let done = 0;
const tty = process.stderr.isTTY;
await Promise.all(
  Array.from({ length: Math.min(concurrency, urls.length) }, async () => {
    while (next < urls.length) {
      const url = urls[next++];
      verdicts.push(await probe(url));
      done++;
      if (tty) process.stderr.write(`\r${done}/${urls.length} links probed`);
    }
  }),
);
if (tty) process.stderr.write('\n');

// Offline, every probe fails the same way; say so instead of calling every link dead.
const OFFLINE = /^(ENOTFOUND|EAI_AGAIN|ENETUNREACH)$/;
if (verdicts.length && verdicts.every((v) => OFFLINE.test(v.detail))) {
  console.error(
    `check:links:external: no host could be reached (${verdicts[0].detail}); this check needs the network. Nothing is reported as dead.`,
  );
  process.exit(2);
}

const bad = verdicts.filter((v) => v.status !== 'ok');
const perFile = new Map<string, Verdict[]>();
for (const v of bad)
  for (const f of filesByUrl.get(v.url) ?? []) perFile.set(f, [...(perFile.get(f) ?? []), v]);

if (json) {
  console.log(
    JSON.stringify(
      {
        probed: urls.length,
        dead: bad.filter((v) => v.status === 'dead').length,
        files: Object.fromEntries([...perFile].map(([f, vs]) => [f, vs])),
      },
      null,
      2,
    ),
  );
} else {
  for (const [file, vs] of [...perFile].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(file);
    for (const v of vs.sort((a, b) => a.url.localeCompare(b.url)))
      console.log(`  ${v.status === 'dead' ? 'dead   ' : 'by hand'}  ${v.url}  (${v.detail})`);
  }
  const dead = bad.filter((v) => v.status === 'dead').length;
  console.log(
    `${urls.length} external links in ${docs.length} files: ${dead} dead, ${bad.length - dead} to check by hand.`,
  );
}
process.exit(bad.some((v) => v.status === 'dead') ? 1 : 0);
