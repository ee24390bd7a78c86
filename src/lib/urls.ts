/** Every internal URL is built here so pages, sitemap and tests agree on the shape. */
import { REPO_BRANCH, REPO_URL } from '#src/site.ts';
export const guidePath = (slug: string) => `/utilities/${slug}/`;
export const faqPath = (slug: string) => `/utilities/${slug}/faq/`;
export const ratesPath = (slug: string) => `/utilities/${slug}/rates/`;
export const UTILITIES_PATH = '/utilities/';
/** Anchor of a state's section on the all-utilities page. */
export const stateAnchor = (code: string) => `state-${code.toLowerCase()}`;
export const STATES_PATH = '/states/';
/** A state's hub page. */
export const stateHubPath = (code: string) => `/states/${code.toLowerCase()}/`;
/** The A–Z browse page of utilities whose names start with `letter` ('a'…'z', or 'other'). */
export const letterPath = (letter: string) => `/utilities/a-z/${letter}/`;

/** Links into the repository (one config value, `REPO_URL`): edit a file, propose a new one, report a problem. */
export const repoEditUrl = (file: string) => `${REPO_URL}/edit/${REPO_BRANCH}/${file}`;
export const repoNewFileUrl = (dir: string, name: string) =>
  `${REPO_URL}/new/${REPO_BRANCH}/${dir}?filename=${encodeURIComponent(name)}`;
export function repoIssueUrl(subject: string, pageUrl: string): string {
  const q = new URLSearchParams({
    title: `Problem on ${subject}`,
    body: `Page: ${pageUrl}\n\nWhat is wrong or out of date:\n\nWhere you read the correct fact (a link to the utility's or regulator's own page):\n`,
  });
  return `${REPO_URL}/issues/new?${q}`;
}

export const PLATFORMS_PATH = '/platforms/';
/** A portal platform's hub page. */
export const platformPath = (id: string) => `/platforms/${id}/`;
/** Anchor of a data-access rule on its state's hub. */
export const stateRuleAnchor = (id: string) => `rule-${id}`;
export const stateRulePath = (code: string, id: string) =>
  `${stateHubPath(code)}#${stateRuleAnchor(id)}`;
/** A guide's typed data as JSON. */
export const guideJsonPath = (slug: string) => `/utilities/${slug}.json`;
