/**
 * The rendered text of a DOM subtree, folded once, with the way back to its text nodes.
 * Touches the DOM only when called.
 * @module
 */
import { clusterEnd, first, fold, foldedAt, sourceAt } from './fold.js';
import type { Matcher } from './match.js';
import type { TextSpan } from './types.js';

/**
 * The rendered text under a root, folded (see `foldText`), with a map back to text nodes.
 * Build it with {@link buildTextIndex}; it describes the DOM as it was then, so rebuild it
 * after the content changes.
 */
export interface TextIndex {
  /** The node the index was built from. */
  readonly root: Node;
  /** The folded rendered text: blocks and `<br>` read as one space, hidden text left out. */
  readonly text: string;
  /** The text nodes that were read, in document order. */
  readonly nodes: readonly Text[];
  /** Offset of each node's first unit in the nodes' data laid end to end ("source offsets"). */
  readonly starts: Int32Array;
  /** From `text` back to source offsets (see `Folded.map`, `sourceAt`, `foldedAt`). */
  readonly map: Int32Array;
  /** @internal The matcher for `text`, made on first use. */
  find?: Matcher;
  /** @internal Position of each node in `nodes`, made on first use. */
  slots?: Map<Node, number>;
}

/** A boundary point in the DOM, as a Range takes it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

// Not rendered as text, or not at all (checkVisibility catches the rest, and SVG <title>).
const SKIP = new Set('script style template noscript textarea select head'.split(' '));
// Anything else, custom elements included, is treated as a block: a stray space costs a
// match less than two words glued together.
const INLINE = new Set('a abbr b bdi cite code del em font i img ins kbd label mark q s small span strong sub sup time u wbr'.split(' '));

/**
 * Reads the rendered text under `root` (an element, a document, a fragment or a text node)
 * once: skips `script`, `style`, `template`, `noscript` and similar, `[hidden]`, and text
 * whose parent element is not rendered (`display: none`, `visibility: hidden`,
 * `content-visibility: hidden`, asked through `checkVisibility()` once per parent element;
 * bare inline markup such as `<em>` or `<a href>` without class, id or style is taken to
 * render as its parent does; where `checkVisibility` is missing, only the tag and `hidden`
 * rules apply). Block edges and `<br>` read as a space. Text in shadow trees is not read.
 */
export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shown = new Map<Element, boolean>();
  // Detached DOM renders nothing, yet its text is worth reading; so does a document
  // without a window (DOMParser, createHTMLDocument), though its nodes are connected.
  const doc = root.ownerDocument ?? (root as Document);
  const rendered = root.isConnected && !!doc.defaultView && typeof doc.documentElement?.checkVisibility === 'function';
  const visible = (el: Element | null): boolean => {
    if (!el || !rendered) return true;
    let v = shown.get(el);
    if (v === undefined) {
      // Bare inline markup (<em>, <b>, <a href>) renders as its parent does: asking only the
      // others halves the calls in a typical article. A `display: contents` element has no
      // box of its own, yet its text renders.
      v =
        INLINE.has(el.localName) && el.attributes.length <= +(el.localName === 'a')
          ? visible(el.parentElement)
          : el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }) || (getComputedStyle(el).display === 'contents' && visible(el.parentElement));
      shown.set(el, v);
    }
    return v;
  };
  // The text nodes' data laid end to end, with "\n" where a block edge or <br> separates two
  // nodes without whitespace between them: the source the folded text maps back to.
  const parts: string[] = [];
  let at = 0;
  let last = 32;
  let edge = false;
  let parent: Element | null = null;
  const read = (t: Text, up: Element | null): void => {
    const d = t.data;
    if (!d || (up !== parent && !visible(up))) return;
    if (edge && at && last > 32 && d.charCodeAt(0) > 32) {
      parts.push('\n');
      at++;
    }
    edge = false;
    parent = up;
    nodes.push(t);
    starts.push(at);
    parts.push(d);
    at += d.length;
    last = d.charCodeAt(d.length - 1);
  };
  // By hand rather than with a TreeWalker: leaving an element is a step of its own here, so
  // a block edge on the way up costs nothing to see, and the walk knows each text's parent.
  if (root.nodeType === 3) read(root as Text, root.parentElement);
  /** The elements the walk is inside (below the root), and whether each is a block. */
  const above: (Element | null)[] = [];
  const blocks: boolean[] = [];
  let up = root.nodeType === 1 ? (root as Element) : null;
  for (let n: Node | null = root.firstChild; n; ) {
    if (n.nodeType === 3) read(n as Text, up);
    else if (n.nodeType === 1) {
      const name = (n as Element).localName;
      if (!SKIP.has(name) && !(n as Element).hasAttribute('hidden')) {
        const block = !INLINE.has(name);
        if (block) edge = true;
        const into: Node | null = n.firstChild;
        if (into) {
          above.push(up);
          blocks.push(block);
          up = n as Element;
          n = into;
          continue;
        }
      }
    }
    for (;;) {
      const next: Node | null = n.nextSibling;
      if (next) {
        n = next;
        break;
      }
      if (!above.length) {
        n = null;
        break;
      }
      // Leaving `up`, the element this run of siblings is in.
      n = up!;
      up = above.pop()!;
      if (blocks.pop()) edge = true;
    }
  }
  const { text, map } = fold(parts.join(''));
  return { root, text, nodes, starts: Int32Array.from(starts), map };
}

/** The last node starting at or before source offset `p` (strictly before, with `end`). */
const nodeAt = (starts: Int32Array, p: number, end: boolean): number => Math.max(0, first(starts.length, (j) => starts[j]! >= p + (end ? 0 : 1)) - 1);

/**
 * The DOM point for a folded offset: where unit `offset` of `index.text` starts, or with
 * `end`, where unit `offset - 1` ends (after its whole source cluster, so an end never splits
 * an emoji or a letter from its accents). `null` when the index has no text.
 */
export function pointAt(index: TextIndex, offset: number, end = false): DomPoint | null {
  const { nodes, starts, map, text } = index;
  if (!nodes.length) return null;
  offset = Math.max(0, Math.min(offset, text.length));
  const after = end && offset > 0;
  let p = sourceAt(map, after ? offset - 1 : offset);
  let k = nodeAt(starts, p, false);
  if (after) {
    const local = p - starts[k]!;
    const data = nodes[k]!.data;
    if (local < data.length) p = starts[k]! + clusterEnd(data, local);
    k = nodeAt(starts, p, true);
  }
  const node = nodes[k]!;
  return { node, offset: Math.max(0, Math.min(p - starts[k]!, node.length)) };
}

/**
 * The folded offset of a DOM point (a Range boundary, a caret position from a click): the
 * first unit of `index.text` at or after it. Points outside the indexed text nodes (in an
 * element, in hidden text) count from the next indexed node.
 */
export function offsetAt(index: TextIndex, node: Node, offset: number): number {
  const { nodes, starts, map } = index;
  const k = (index.slots ??= new Map(nodes.map((t, i) => [t, i]))).get(node);
  let p: number;
  if (k !== undefined) p = starts[k]! + Math.min(offset, nodes[k]!.length);
  else {
    const r = (node.ownerDocument ?? (node as Document)).createRange();
    r.setStart(node, offset);
    const next = first(nodes.length, (j) => r.comparePoint(nodes[j]!, 0) >= 0);
    p = next < nodes.length ? starts[next]! : map[map.length - 1]!;
  }
  return foldedAt(map, p);
}

/** A live Range over a span of `index.text`; `null` when the index has no text. */
export function rangeOf(index: TextIndex, span: TextSpan): Range | null {
  const a = pointAt(index, span.start);
  const b = pointAt(index, span.end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The span of `index.text` that `range` covers. */
export function spanOf(index: TextIndex, range: AbstractRange): TextSpan {
  return { start: offsetAt(index, range.startContainer, range.startOffset), end: offsetAt(index, range.endContainer, range.endOffset) };
}
