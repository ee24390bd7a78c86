/**
 * The glossary term linker works on text nodes: a term never matches inside an entity, a tag or an
 * attribute, and the markup around a link it makes is kept as it was.
 */
import { describe, expect, it } from 'vitest';
import { TermLinker } from '#src/views/terms.ts';
import { inlineMarkdown } from '#src/lib/markdown.ts';

const linker = (...names: string[]) => new TermLinker([{ slug: 'quotation', names }]);
const LINK = '<a class="term" href="/glossary/#quotation">';

describe('TermLinker', () => {
  it('does not link an alias inside an entity (&quot;, &amp;, &#39;, numeric)', () => {
    for (const [alias, html] of [
      ['quot', 'He said &quot;hello&quot; and "bye".'],
      ['amp', 'Bills &amp; data'],
      ['#39', 'The utility&#39;s portal'],
      ['x27', 'The utility&#x27;s portal'],
      ['160', 'Rate&#160;A'],
    ]) {
      expect(linker(alias).link(html)).toBe(html);
    }
    const html = inlineMarkdown('Ask for a "quote" & a copy: they say "quot" here.');
    expect(html).toContain('&quot;');
    const linked = linker('quot').link(html);
    // The only link is around the word a reader sees, never in an entity's spelling.
    expect(linked.match(/<a /g)?.length).toBe(1);
    expect(linked).toContain(`&quot;${LINK}quot</a>&quot;`);
    expect(linked.replace(`${LINK}quot</a>`, 'quot')).toBe(html);
  });

  it('does not link inside a tag or an attribute, or inside links, headings and code', () => {
    const html =
      '<h3>Quotes</h3><p><a href="/quot/" title="quot">x</a> <code>quot</code> <span title="quot &quot;quot&quot;">y</span> <i data-x="1 > quot">z</i></p>';
    expect(linker('quot').link(html)).toBe(html);
  });

  it('matches across entities when the term itself has one, and links each term once per page', () => {
    const t = new TermLinker([
      { slug: 'att', names: ['AT&T'] },
      { slug: 'quotation', names: ['quot'] },
    ]);
    expect(t.link('<p>Call AT&amp;T about &quot;quot&quot;</p>')).toBe(
      '<p>Call <a class="term" href="/glossary/#att">AT&amp;T</a> about &quot;quot&quot;</p>',
    );
    expect(t.link('<p>AT&amp;T, &quot;quot&quot;</p>')).toBe(
      `<p>AT&amp;T, &quot;${LINK}quot</a>&quot;</p>`,
    );
    expect(t.link('<p>quot</p>')).toBe('<p>quot</p>');
  });
});
