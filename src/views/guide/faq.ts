/** The FAQ section: the page links the questions itself; without any, the section says none are published. */
import type { Utility } from '#src/schema/utility.ts';
import type { Block } from '../parts.ts';

export const faqBlocks = (u: Utility): Block[] =>
  u.faq.length ? [] : [{ kind: 'unknown', what: 'answers to common questions' }];
