/**
 * What an element needs to take over server-rendered markup (declarative shadow DOM
 * from `@lit-labs/ssr`) safely. Every element uses the same three hooks:
 *
 * ```ts
 * connectedCallback() { this._serverMarkup = hasServerMarkup(this); super.connectedCallback(); … }
 * willUpdate() { if (isServer) this._lang = serverLang(this); … }
 * update(changed) {
 *   if (!this._serverMarkup) return super.update(changed);
 *   this._serverMarkup = false;
 *   adoptServerMarkup(this, () => super.update(changed), () => this.render());
 * }
 * ```
 * No DOM access at module level: this file is imported on the server too.
 */
import { render, type LitElement } from 'lit';
import { canonicalLang } from './locale.js';

/**
 * Whether a server-rendered shadow root is waiting for this element's first render.
 * Call in connectedCallback before `super.connectedCallback()`, which creates the root
 * when there is none.
 */
export function hasServerMarkup(element: LitElement): boolean {
  return !element.hasUpdated && element.shadowRoot !== null;
}

/**
 * The language to render in on the server, which sees no ancestors: the element's own
 * `lang`, else English. A missing `lang` is written onto the element, so the browser's
 * first render (own `lang` before any ancestor's) uses the same strings and hydration
 * changes nothing a reader can see.
 */
export function serverLang(element: Element): string {
  const own = element.getAttribute('lang');
  const lang = canonicalLang(own);
  if (!own) element.setAttribute('lang', lang);
  return lang;
}

/**
 * Runs the first update of an element that found server markup. `update` is the
 * element's `super.update(changed)` (which hydrates when Lit's hydration support is
 * loaded); `view` is its `render()`. Two failures are caught so a server-rendered
 * element never shows twice or dies:
 * - Hydration support was not loaded (or loaded after Lit): Lit would render a second
 *   copy beside the server's. The server's nodes are replaced instead, in this same
 *   task, so nothing flashes.
 * - The markup does not fit this render (made from other data, or from an input the
 *   server cannot see, such as a child script): hydration throws. The server's styles
 *   stay, the rest is drawn afresh, and one warning says why.
 */
export function adoptServerMarkup(element: LitElement, update: () => void, view: () => unknown): void {
  const root = element.renderRoot;
  // Set by @lit-labs/ssr-client's hydration support when it adopts a server shadow root
  // (a `_$` name: Lit keeps those unminified across its packages).
  if (!(element as unknown as { _$needsHydration?: boolean })._$needsHydration) {
    root.replaceChildren();
    element.renderOptions.renderBefore = null; // Lit aimed at the server's first node
    update();
    return;
  }
  try {
    update();
  } catch (error) {
    for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
    render(view(), root, element.renderOptions);
    console.warn(
      `claim-cards: <${element.localName}> server-rendered markup did not match the browser's render and was ` +
        `redrawn (${error instanceof Error ? error.message : String(error)}). Render it on the server from the ` +
        'same data (properties or attributes, not a child script) and with its lang set.',
    );
  }
}
