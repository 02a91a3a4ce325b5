/**
 * Hardening helpers: what the elements put in their shadow trees (walked recursively,
 * cards inside lists and annotators included), page-level error traps, and waiting for
 * an element to settle into a state without animation frames.
 */
import type { ClaimAnnotatorElement, ClaimCardElement, ClaimListElement } from '../../../src/index.js';
import { until } from '../helpers/dom.js';

/** Every element the templates create. Anything else in a shadow tree came from data. */
export const TEMPLATE_TAGS = new Set([
  'article', 'div', 'span', 'p', 'blockquote', 'a', 'time', 'ul', 'ol', 'li', 'details', 'summary', 'code', 'nav',
  'button', 'input', 'select', 'option', 'label', 'slot', 'claim-card',
]);
/** Attributes that load or navigate. */
export const URL_ATTRIBUTES = ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'ping'];

/** Every element in `root`'s shadow tree and the shadow trees nested in it. */
export function shadowElements(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (tree: ShadowRoot | Element) => {
    for (const el of tree.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return out;
}

/**
 * Problems in what an element rendered: an element the templates never make, an `on*`
 * attribute, a URL attribute that is not an absolute http(s) link. `light` adds light-DOM
 * elements to check (the annotator's markers live in the article).
 */
export function renderProblems(root: Element, light: Element[] = []): string[] {
  const problems: string[] = [];
  for (const el of [...shadowElements(root), ...light]) {
    const inShadow = el.getRootNode() instanceof ShadowRoot;
    if (inShadow && !TEMPLATE_TAGS.has(el.localName)) problems.push(`<${el.localName}> in a shadow tree`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${el.localName}[${attr.name}]`);
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase())) {
        let protocol = '';
        try {
          protocol = new URL(attr.value).protocol;
        } catch {
          protocol = 'unparsable';
        }
        if (protocol !== 'https:' && protocol !== 'http:') problems.push(`${el.localName}[${attr.name}=${JSON.stringify(attr.value)}]`);
      }
    }
  }
  return problems;
}

/** Every href in an element's shadow trees. */
export const hrefs = (root: Element) => shadowElements(root).flatMap((el) => (el.hasAttribute('href') ? [el.getAttribute('href')!] : []));

/** Uncaught errors and unhandled rejections on the page from now on. */
export function trapPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export type CardState = 'ready' | 'error' | 'empty' | 'loading';

export function cardState(el: ClaimCardElement): CardState {
  const root = el.shadowRoot;
  if (!root) return 'loading';
  if (root.querySelector('[part="statement"]')) return 'ready';
  if (root.querySelector('[aria-busy="true"]')) return 'loading';
  if (root.querySelector('[part="status"]')) return 'error';
  return root.querySelector('slot') ? 'empty' : 'loading';
}

export async function settledCard(el: ClaimCardElement, ms = 3000): Promise<CardState> {
  await el.updateComplete;
  await until(() => cardState(el) !== 'loading', ms, 'the card to settle');
  await el.updateComplete;
  return cardState(el);
}

export type ListState = 'ready' | 'error' | 'empty' | 'loading';

export function listState(el: ClaimListElement): ListState {
  const root = el.shadowRoot;
  if (!root || root.querySelector('[aria-busy="true"]')) return 'loading';
  if (root.querySelector('[part="controls"]')) return 'ready';
  if (root.querySelector('[part="status"]')) return 'error';
  return 'empty';
}

export async function settledList(el: ClaimListElement, ms = 3000): Promise<ListState> {
  await el.updateComplete; // before its first render the list looks empty
  await until(() => listState(el) !== 'loading', ms, 'the list to settle');
  await el.updateComplete;
  const cards = [...el.shadowRoot!.querySelectorAll('claim-card')] as ClaimCardElement[];
  await Promise.all(cards.map((c) => c.updateComplete));
  return listState(el);
}

/** Resolves when the annotator finished its first pass (or gave up), or fails after `ms`. */
export async function settledAnnotator(el: ClaimAnnotatorElement, ms = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    el.ready,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the annotator never settled')), ms))),
  ]);
  clearTimeout(timer);
  await el.updateComplete;
}

/** Collects the events of `type` an element fires from now on. */
export function record<T extends Event>(el: EventTarget, type: string): T[] {
  const events: T[] = [];
  el.addEventListener(type, (e) => events.push(e as T));
  return events;
}
