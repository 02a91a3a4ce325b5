// Shared by the anchoring tests: mount an article, read what a Range covers.
import { foldText } from '../../../src/anchoring/index.js';

const mounted: Element[] = [];

/** Puts `html` in a fresh <article> in the document (removed by `unmountAll`). */
export function mount(html: string): HTMLElement {
  const article = document.createElement('article');
  article.innerHTML = html;
  document.body.append(article);
  mounted.push(article);
  return article;
}

export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** The folded text a Range covers (hidden text inside it included, as Range.toString has it). */
export const covered = (range: Range | null): string | null => (range ? foldText(range.toString()) : null);

/** The text node under `root` whose data contains `needle` (the first one). */
export function textNode(root: Node, needle: string): Text {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node holds ${JSON.stringify(needle)}`);
}

/** Where a Range starts and ends, as [data of the container, offset] pairs. */
export const ends = (range: Range): [string, number, string, number] => [
  range.startContainer.textContent!,
  range.startOffset,
  range.endContainer.textContent!,
  range.endOffset,
];
