/**
 * One canonical home per answer: the FAQ page carries every answer; the guide shows a few questions
 * that link to them, so the two pages never repeat each other word for word.
 */
import GithubSlugger from 'github-slugger';
import type { Utility } from '#src/schema/utility.ts';

/** How many questions the guide lists. */
export const GUIDE_FAQ_COUNT = 4;

/** Anchor of each question on the FAQ page, from its words. */
export function faqAnchors(faq: Utility['faq']): string[] {
  const slugger = new GithubSlugger();
  return faq.map((f) => `q-${slugger.slug(f.question).slice(0, 60).replace(/-+$/, '')}`);
}
