import { html, isServer, nothing, type PropertyValues } from 'lit';
import { ClaimErrorEvent, ClaimReadyEvent, type ClaimInput } from '../../events.js';
import { readClaimData, pickClaim, type Pick } from '../../internal/claim-data.js';
import { readClaimInput, type ClaimFormat } from '../../internal/claim-input.js';
import { trustedScript } from '../../internal/trusted-script.js';
import { stringsFor } from '../../internal/i18n/registry.js';
import { fill } from '../../internal/i18n/strings.js';
import { DEFAULT_TIMEOUT, LoadError, loadJson, resolveSrc } from '../../internal/load-json.js';
import { adoptServerMarkup, hasServerMarkup, serverLang } from '../../internal/server-markup.js';
import { parseJsonText } from '../../schema/json-text.js';
import type { Claim, ClaimSet } from '../../schema/claim-schema.js';
import type { ParseIssue } from '../../schema/result.js';
import { DEV } from '#dev-mode';
import { devWarn } from '../../internal/dev-warn.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { claimCardStyles } from './claim-card.styles.js';
import { renderCard } from './claim-card.template.js';

type View =
  | { state: 'empty' }
  | { state: 'loading' }
  | { state: 'error'; errors: readonly ParseIssue[]; input: ClaimInput | undefined }
  | { state: 'ready'; claim: Claim; warnings: readonly ParseIssue[] };

/** The properties a card's data comes from; nothing else (theme, variant, language) re-reads it. */
const INPUTS = ['claim', 'claimId', 'format', '_inline', 'src', 'statement', 'claimant', 'date', 'source', 'sourceTitle', 'counterClaim', 'counterSource', 'verdict'];

/** Where each plain attribute lands in the claim, for error messages in attribute terms. */
const ATTRIBUTE_PATHS: Record<string, string> = {
  id: 'claim-id',
  statement: 'statement',
  'claimant.name': 'claimant',
  date: 'date',
  'source.url': 'source',
  'source.title': 'source-title',
  source: 'source',
  'counterClaim.statement': 'counter-claim',
  'counterClaim.source.url': 'counter-source',
  'counterClaim.source': 'counter-source',
  'verdict.label': 'verdict',
};

/**
 * A fact-check card: the claim as it was made, who made it and where, what contradicts
 * it, and the verdict.
 *
 * Data comes from, in this order: the `claim` property; a child
 * `<script type="application/json">`; `src` (a claims file) with `claim-id`; the plain
 * attributes `statement`, `claimant`, `date`, `source`, `source-title`, `counter-claim`,
 * `counter-source` and `verdict`. Invalid data shows an error state listing each failing
 * field for editors, fires `claim-error` and logs one warning; it never throws.
 *
 * @tag claim-card
 * @summary Renders one fact-checked claim with its counter-claim and verdict.
 *
 * @slot - Fallback content: visible before the element upgrades, to readers without
 *   JavaScript, and while loading or when the data is unusable.
 *
 * @csspart base - The card (`article`).
 * @csspart statement - The claim as it was made (`blockquote`).
 * @csspart claimant - Who made the claim, and when.
 * @csspart date - When the claim was made (`time`).
 * @csspart source - Where the claim appeared.
 * @csspart counter-claim - What contradicts the claim, with its source.
 * @csspart counter-source - Where the counter-claim was published.
 * @csspart verdict - The verdict label and rating scale.
 * @csspart review - The link to the published fact-check.
 * @csspart status - The loading and error messages.
 *
 * @cssprop [--claim-font-family=system-ui] - Typeface.
 * @cssprop [--claim-font-size=medium] - Base size; everything else is relative to it.
 * @cssprop [--claim-line-height=1.5] - Line height.
 * @cssprop [--claim-max-width=40em] - Widest the card grows.
 * @cssprop [--claim-background=#ffffff] - Card background.
 * @cssprop [--claim-color=#1b1d21] - Text colour.
 * @cssprop [--claim-muted-color=#565b66] - Secondary text (bylines, dates).
 * @cssprop [--claim-border-color=#c9ced8] - Borders.
 * @cssprop [--claim-accent-color=#0b57d0] - Links.
 * @cssprop [--claim-focus-color=#0b57d0] - Focus ring.
 * @cssprop [--claim-quote-background=#f3f5f8] - Behind the statement.
 * @cssprop [--claim-radius=0.5em] - Corner radius.
 * @cssprop [--claim-spacing=1em] - Padding and gaps (density).
 * @cssprop [--claim-verdict-false=#b3261e] - Colour of false verdicts.
 * @cssprop [--claim-verdict-misleading=#a14a00] - Colour of misleading verdicts.
 * @cssprop [--claim-verdict-mixed=#6b5a00] - Colour of mixed verdicts.
 * @cssprop [--claim-verdict-true=#146c2e] - Colour of true verdicts.
 * @cssprop [--claim-verdict-unrated=#4a4f59] - Colour of verdicts without a known tone.
 *
 * @fires {ClaimReadyEvent} claim-ready - Valid data was rendered. `event.claims`, `event.warnings`.
 * @fires {ClaimErrorEvent} claim-error - The data could not be loaded or is invalid. `event.errors` lists `{path, message}`.
 */
export class ClaimCardElement extends LocalizedElement {
  static override styles = claimCardStyles;

  static override properties = {
    claim: { attribute: false },
    src: {},
    claimId: { attribute: 'claim-id' },
    statement: {},
    claimant: {},
    date: {},
    source: {},
    sourceTitle: { attribute: 'source-title' },
    counterClaim: { attribute: 'counter-claim' },
    counterSource: { attribute: 'counter-source' },
    verdict: {},
    variant: { reflect: true },
    theme: { reflect: true },
    linkTarget: { attribute: 'link-target' },
    timeout: { type: Number },
    format: {},
    jsonld: { type: Boolean },
    _view: { state: true },
    _inline: { state: true },
  };

  /**
   * The claim to show, as claim JSON (validated before it renders). Takes priority over
   * every other input.
   */
  declare claim: Claim | ClaimSet | undefined;
  /** URL of a claims file (`{"version": 1, "claims": [...]}`) or of a single claim. */
  declare src: string | undefined;
  /** Which claim of the `src` file or inline set to show; optional when it holds one claim. */
  declare claimId: string | undefined;
  /** Simplest embed: the claim as it was made. */
  declare statement: string | undefined;
  /** Simplest embed: who made the claim. */
  declare claimant: string | undefined;
  /** Simplest embed: when the claim was made (ISO 8601). */
  declare date: string | undefined;
  /** Simplest embed: link to where the claim appeared. */
  declare source: string | undefined;
  /** Simplest embed: title of the source. */
  declare sourceTitle: string | undefined;
  /** Simplest embed: what contradicts the claim. */
  declare counterClaim: string | undefined;
  /** Simplest embed: link to the counter-claim's evidence. */
  declare counterSource: string | undefined;
  /** Simplest embed: the verdict label, e.g. "Misleading". */
  declare verdict: string | undefined;
  /** `full` (default) shows sources and the counter-claim; `compact` shows the claim, verdict and review link. */
  declare variant: 'full' | 'compact';
  /** Force `light` or `dark`; unset follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** `_blank` opens links in a new tab (announced to screen readers); by default they open in place. */
  declare linkTarget: string;
  /** Milliseconds a `src` request may take before the card shows an error. */
  declare timeout: number;
  /** `auto` (default) reads claim JSON and schema.org ClaimReview JSON-LD alike; `claims` or `claimreview` forces one. */
  declare format: ClaimFormat;
  /**
   * Writes the claim as schema.org ClaimReview into the card's light DOM, as a
   * `<script type="application/ld+json">` search engines read. `url` falls back to the page's
   * address when the claim has no review link: use it on the fact-check's own page.
   */
  declare jsonld: boolean;

  declare private _view: View;
  declare private _inline: string | undefined;

  /** The `src`/`claim-id` pair being loaded or shown, so a re-render does not refetch. */
  private _loadKey: string | undefined;
  private _abort: AbortController | undefined;
  /** The last view reported through an event, so each outcome is announced once. */
  private _reported: View | undefined;
  /** Increases with every read, so a slow ClaimReview read cannot overwrite a newer one. */
  private _readToken = 0;
  private _jsonLdFor: Claim | undefined;
  /** A server-rendered (declarative) shadow root was there before the first render. */
  private _serverMarkup = false;

  constructor() {
    super();
    this.variant = 'full';
    this.linkTarget = '_self';
    this.timeout = DEFAULT_TIMEOUT;
    this.format = 'auto';
    this.jsonld = false;
    this._view = { state: 'empty' };
  }

  override connectedCallback(): void {
    // Only a server renderer told to call connectedCallback gets here on the server; it
    // has no ancestors or children to read (see willUpdate for its language).
    if (isServer) return super.connectedCallback();
    this._serverMarkup = hasServerMarkup(this);
    super.connectedCallback();
    this._readInlineScript();
    if (this._inline === undefined && this.ownerDocument.readyState === 'loading') {
      // Defined before the parser reached our children (an early, non-deferred script).
      this.ownerDocument.addEventListener('DOMContentLoaded', () => this._readInlineScript(), { once: true });
    }
    if (this._loadKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._abort) {
      this._abort.abort();
      this._abort = undefined;
      this._loadKey = undefined;
    }
  }

  private _readInlineScript(): void {
    // Our own jsonld output (data-claim-cards) is not an input.
    const script = this.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]:not([data-claim-cards])',
    );
    this._inline = script ? (script.textContent ?? '') : undefined;
  }

  /** Which input wins, by the documented priority. */
  private _input(): ClaimInput | undefined {
    if (this.claim !== undefined && this.claim !== null) return 'property';
    if (this._inline !== undefined) return 'script';
    if (this.src) return 'src';
    if (this.statement !== undefined) return 'attributes';
    return undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The server sees no ancestors and never connects: see serverLang.
    if (isServer) this._lang = serverLang(this);
    const input = this._input();
    if (DEV) {
      const given = [this.claim != null && 'the claim property', this._inline !== undefined && 'a child script', this.src && 'src', this.statement !== undefined && 'attributes'].filter(Boolean);
      if (given.length > 1) devWarn(`<claim-card> was given ${given.join(', ')}; ${given[0]} wins and the rest is ignored.`);
    }
    if (input === 'src') {
      const key = `${this.src}\n${this.claimId ?? ''}`;
      if (key !== this._loadKey && this._view.state !== 'loading') this._view = { state: 'loading' };
      return;
    }
    // Only new data is read again: a theme or language change must not repeat claim-ready.
    if (this.hasUpdated && !INPUTS.some((key) => changed.has(key as keyof ClaimCardElement))) return;
    this._loadKey = undefined;
    this._abort?.abort();
    this._abort = undefined;
    this._readToken++; // any read still under way is now stale
    this._view = this._viewFor(input);
  }

  private _viewFor(input: ClaimInput | undefined): View {
    switch (input) {
      case 'property':
        return this._viewFromData(this.claim, input);
      case 'script': {
        const parsed = parseJsonText(this._inline ?? '');
        if (!parsed.ok) return { state: 'error', errors: parsed.errors, input };
        return this._viewFromData(parsed.value, input);
      }
      case 'attributes':
        return this._viewFromAttributes();
      default:
        return { state: 'empty' };
    }
  }

  /** Claim JSON reads at once; ClaimReview needs its reader loaded first (one more chunk). */
  private _viewFromData(data: unknown, input: ClaimInput): View {
    const read = readClaimInput(data, this.format);
    if (!(read instanceof Promise)) return this._viewFromPick(pickClaim(read, this.claimId), input);
    const token = this._readToken;
    read.then(
      (done) => {
        if (token === this._readToken) this._view = this._viewFromPick(pickClaim(done, this.claimId), input);
      },
      (error: unknown) => {
        if (token === this._readToken) this._view = { state: 'error', errors: [{ path: '', message: `could not be read as ClaimReview (${String(error)})` }], input };
      },
    );
    return { state: 'loading' };
  }

  private _viewFromPick(pick: Pick, input: ClaimInput): View {
    return pick.ok
      ? { state: 'ready', claim: pick.claim, warnings: pick.warnings }
      : { state: 'error', errors: pick.errors, input };
  }

  private _viewFromAttributes(): View {
    const raw: Record<string, unknown> = { id: this.claimId || 'claim', statement: this.statement };
    if (this.claimant) raw.claimant = { name: this.claimant };
    if (this.date) raw.date = this.date;
    if (this.source || this.sourceTitle) raw.source = { url: this.source || undefined, title: this.sourceTitle || undefined };
    if (this.counterClaim) {
      raw.counterClaim = { statement: this.counterClaim, source: this.counterSource ? { url: this.counterSource } : undefined };
    }
    if (this.verdict) raw.verdict = { label: this.verdict };
    const pick = pickClaim(readClaimData(JSON.parse(JSON.stringify(raw))), undefined);
    if (pick.ok) return { state: 'ready', claim: pick.claim, warnings: [] };
    const errors = pick.errors.map((e) => ({ path: ATTRIBUTE_PATHS[e.path] ?? e.path, message: e.message }));
    return { state: 'error', errors, input: 'attributes' };
  }

  override updated(): void {
    // A card removed before its first update must not fetch: nothing would cancel it.
    if (this.isConnected && this._input() === 'src') this._startLoad();
    this._report();
    if (this.jsonld && this._view.state === 'ready') void this._writeJsonLd(this._view.claim);
  }

  /** One ClaimReview script in the light DOM for crawlers, kept in step with the claim. */
  private async _writeJsonLd(claim: Claim): Promise<void> {
    if (this._jsonLdFor === claim) return;
    this._jsonLdFor = claim;
    const [{ toClaimReview }, { scriptSafeJson }] = await Promise.all([
      import('../../jsonld/to-claim-review.js'),
      import('../../jsonld/script-json.js'),
    ]);
    if (this._jsonLdFor !== claim) return;
    try {
      let script = this.querySelector(':scope > script[data-claim-cards]');
      if (!script) {
        script = this.ownerDocument.createElement('script');
        script.setAttribute('type', 'application/ld+json');
        script.setAttribute('data-claim-cards', '');
        this.append(script);
      }
      script.textContent = trustedScript(scriptSafeJson(toClaimReview(claim, { url: location.href })));
    } catch (error) {
      console.warn('claim-cards: <claim-card jsonld> could not write its ClaimReview script:', error);
    }
  }

  private _startLoad(): void {
    const key = `${this.src}\n${this.claimId ?? ''}`;
    if (key === this._loadKey) return;
    this._abort?.abort();
    this._readToken++;
    this._loadKey = key;
    const url = resolveSrc(this.src ?? '', this.ownerDocument.baseURI);
    if (!url) {
      this._view = { state: 'error', errors: [{ path: 'src', message: 'must be an https:// or http:// link, or a path on this site' }], input: 'src' };
      return;
    }
    const abort = new AbortController();
    this._abort = abort;
    loadJson(url, { signal: abort.signal, timeout: this.timeout }).then(
      (data) => {
        if (abort.signal.aborted) return;
        this._abort = undefined;
        this._view = this._viewFromData(data, 'src');
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this._abort = undefined;
        const message = error instanceof LoadError ? error.message : String(error);
        this._view = { state: 'error', errors: [{ path: '', message: `${this.src}: ${message}` }], input: 'src' };
      },
    );
  }

  /** Fires the event and the console warning for a new outcome, once. */
  private _report(): void {
    const view = this._view;
    if (view === this._reported) return;
    this._reported = view;
    if (view.state === 'ready') {
      if (DEV && view.warnings.length) {
        devWarn(`<claim-card> ignored fields it does not know (typos?): ${view.warnings.map((w) => w.path).join(', ')}`);
      }
      this.dispatchEvent(new ClaimReadyEvent([view.claim], view.warnings));
    } else if (view.state === 'error') {
      const where = this.id ? `#${this.id}` : this.claimId ? `[claim-id="${this.claimId}"]` : '';
      const list = view.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
      console.warn(`claim-cards: <claim-card${where}> shows no claim: ${list}`);
      this.dispatchEvent(new ClaimErrorEvent(view.errors, view.input));
    }
  }

  /** The first update over server-rendered markup hydrates it, or replaces it safely. */
  protected override update(changed: PropertyValues): void {
    if (!this._serverMarkup) return super.update(changed);
    this._serverMarkup = false;
    adoptServerMarkup(this, () => super.update(changed), () => this.render());
  }

  override render() {
    const { strings, lang: stringsLang } = stringsFor(this._lang);
    const view = this._view;
    if (view.state === 'ready') {
      // When the labels fell back to another language, mark them so screen readers
      // switch voice, and mark the claim text back as the page's language.
      const fellBack = stringsLang !== this._lang.toLowerCase().split('-')[0];
      const card = renderCard(view.claim, {
        strings,
        lang: this._lang,
        textLang: fellBack ? this._lang : undefined,
        linkTarget: this.linkTarget,
        variant: this.variant === 'compact' ? 'compact' : 'full',
      });
      return fellBack ? html`<div lang=${stringsLang}>${card}</div>` : card;
    }
    if (view.state === 'loading') {
      return html`<div part="base" class="card" aria-busy="true">
          <p class="status" part="status" role="status">${strings.loading}</p>
        </div>
        <slot></slot>`;
    }
    if (view.state === 'error') {
      return html`<div part="base" class="card tone-unrated">
          <p class="status" part="status">${strings.unavailable}</p>
          <details>
            <summary>${fill(strings.errorDetails, { count: view.errors.length }, this._lang)}</summary>
            <ul class="errors">
              ${view.errors.map((e) => html`<li>${e.path ? html`<code>${e.path}</code>: ` : nothing}${e.message}</li>`)}
            </ul>
          </details>
        </div>
        <slot></slot>`;
    }
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-card': ClaimCardElement;
  }
}
