/**
 * `claim-cards/ssr`: server rendering for publishers (Node only; needs `@lit-labs/ssr`).
 *
 * ```js
 * import { renderClaimCard } from 'claim-cards/ssr';
 * const html = await renderClaimCard(claim, { lang: 'ru' });
 * // → <claim-card lang="ru" …><template shadowrootmode="open">…</template><script type="application/json">…</script></claim-card>
 * ```
 *
 * The card arrives as declarative shadow DOM: readers see the finished, styled card
 * before any script runs (and without JavaScript at all). When the page then loads
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the element, the element
 * adopts that DOM instead of redrawing it.
 *
 * Importing the module also prepares the server for `<claim-card>` in your own Lit
 * templates: it registers the element with Lit's server DOM shim and loads every shipped
 * translation (the browser loads them lazily; a server render cannot wait).
 *
 * Never import this module into browser code: it pulls in the server renderer.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
// Registers <claim-card> in the server's element registry (Lit's DOM shim in Node).
import '../elements/claim-card/claim-card.define.js';
import { registeredLanguages, stringsReady } from '../internal/i18n/registry.js';
import { canonicalLang } from '../internal/locale.js';

// The browser loads each shipped translation on first use; a server renders
// synchronously and must have them all before its first card, including cards in the
// publisher's own Lit templates, which never pass through renderClaimCard.
await Promise.all(registeredLanguages().map((lang) => stringsReady(lang)));

export interface RenderClaimCardOptions {
  /**
   * Language of the card's labels and dates (BCP 47). Written onto the element, because
   * the server cannot see the page's `lang` and the browser must pick the same strings.
   * Default `en`.
   */
  lang?: string;
  /** Which claim of a claim set to show (the `claim-id` attribute). */
  claimId?: string;
  /** `full` (default) or `compact`. */
  variant?: 'full' | 'compact';
  /** Force `light` or `dark`. */
  theme?: 'light' | 'dark';
  /** `_blank` opens the card's links in a new tab. */
  linkTarget?: string;
  /** `id` attribute of the element. */
  id?: string;
  /** `class` attribute of the element. */
  class?: string;
}

/** Closes the HTML comments Lit puts around a top-level template: the page never hydrates it. */
const OUTER_MARKERS = /^<!--lit-part [^>]*-->(?:<!--lit-node \d+-->)?(<claim-card[\s\S]*<\/claim-card>)<!--\/lit-part-->$/;
const CLOSE = '</claim-card>';

/**
 * JSON that cannot end the script element it sits in: every `<` becomes `\u003c`,
 * which JSON.parse reads back as `<`.
 */
function scriptJson(json: string): string {
  return `<script type="application/json">${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * Renders a `<claim-card>` to an HTML string: the card as declarative shadow DOM, plus
 * the claim as a child `<script type="application/json">` so the browser's element has
 * the same data the server had (it reads that script on upgrade) and hydrates without
 * changing a node.
 *
 * `data` is claim JSON: one claim, or a claim set with `options.claimId`. It is
 * validated like every other input; invalid data renders the card's error state (log
 * `parseClaim(data)` on your side to see why). Throws only when `data` cannot be
 * serialised as JSON (a cycle, a BigInt).
 */
export async function renderClaimCard(data: unknown, options: RenderClaimCardOptions = {}): Promise<string> {
  const lang = canonicalLang(options.lang);
  // Shipped translations load on first use; the server must have them before it renders.
  await stringsReady(lang);
  const json = JSON.stringify(data);
  // Render from the JSON round trip, not the caller's object: the browser will see
  // exactly this (no undefined fields, no Date objects), so both sides render alike.
  const claim: unknown = json === undefined ? undefined : JSON.parse(json);
  const template = html`<claim-card
    lang=${lang}
    claim-id=${options.claimId ?? nothing}
    variant=${options.variant ?? nothing}
    theme=${options.theme ?? nothing}
    link-target=${options.linkTarget ?? nothing}
    id=${options.id ?? nothing}
    class=${options.class ?? nothing}
    .claim=${claim}
  ></claim-card>`;
  let out = collectResultSync(render(template));
  const bare = OUTER_MARKERS.exec(out);
  if (bare?.[1]) out = bare[1].replace(/^<claim-card\s+/, '<claim-card ');
  const end = out.lastIndexOf(CLOSE);
  if (json !== undefined && end >= 0) out = out.slice(0, end) + scriptJson(json) + out.slice(end);
  return out;
}
