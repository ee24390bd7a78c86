/**
 * Runs in the page: finds the boundaries where text of one block element meets text of another with no
 * whitespace between them, so textContent reads "No.Formats:" or "since 2017.About". Inline neighbours
 * (a link and the full stop after it) are fine; only block boundaries count.
 */
export function runTogether(): string[] {
  const root = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, svg title')) continue;
    nodes.push(n as Text);
  }
  const block = (n: Node) => {
    let el = n.parentElement;
    while (el && el !== root && getComputedStyle(el).display.startsWith('inline'))
      el = el.parentElement;
    return el;
  };
  const found: string[] = [];
  let prev: Text | undefined;
  for (const node of nodes) {
    const text = node.data;
    if (!text) continue;
    if (
      prev &&
      block(prev) !== block(node) &&
      !/\s$/.test(prev.data) &&
      !/^\s/.test(text) &&
      prev.data.trim() &&
      text.trim()
    )
      found.push(`${prev.data.slice(-20)}|${text.slice(0, 20)}`);
    prev = node;
  }
  return found;
}
