import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../claim-card/claim-card.define.js';
import { ClaimAnchoredEvent, ClaimCloseEvent, ClaimErrorEvent, ClaimOpenEvent, ClaimOrphanedEvent, ClaimReadyEvent, ClaimSelectEvent } from '../../events.js';
import type { ClaimData } from '../../internal/claim-data.js';
import { readClaimInput, type ClaimFormat } from '../../internal/claim-input.js';
import { pageJsonLd } from '../../internal/page-json-ld.js';
import { stringsFor } from '../../internal/i18n/registry.js';
import { fill } from '../../internal/i18n/strings.js';
import { DEFAULT_TIMEOUT, LoadError, loadJson, resolveSrc } from '../../internal/load-json.js';
import { TONE_ICONS, verdictTone } from '../../internal/verdict-tone.js';
import type { Claim, ClaimSet } from '../../schema/claim-schema.js';
import type { ParseIssue } from '../../schema/result.js';
import { DEV } from '#dev-mode';
import { devWarn } from '../../internal/dev-warn.js';
import { AnchorPass, type Anchored } from './anchor-pass.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { claimAnnotatorStyles } from './claim-annotator.styles.js';
import { highlightsSupported, installStyles, setActive } from './highlights.js';
import { caretAt, isInteractive, rectAt } from './hit-test.js';
import { placePopover } from './popover-position.js';

/** Quiet time after the article changes before anchoring again, in ms. */
const SETTLE = 150;
/**
 * Index entries shown at first and added by each "Show more": rendering and laying out
 * thousands of entries at once would block the page for seconds.
 */
const INDEX_PAGE = 200;

/**
 * Pins each claim to its sentence in an article: highlights the passage in place (CSS
 * Custom Highlight API, without touching the article's DOM), opens the claim's card next
 * to it on click, and renders a keyboard-reachable index of the article's claims.
 *
 * A claim's `quote` (default: its `statement`) is looked for in the rendered text of
 * `target`. Typography, spacing and markup differences are forgiven and small edits
 * tolerated, but a passage whose meaning changed is not matched: the claim is reported
 * as orphaned instead of being pinned to the wrong sentence.
 *
 * The index lists every valid claim; each entry scrolls to its passage, marks it, and
 * opens its card in a popover (Esc or a click elsewhere closes it and focus returns).
 * `#claim-<id>` in the page address opens that claim on load. Where the highlight API is
 * missing, the passages are not painted and the index is the way in.
 *
 * @tag claim-annotator
 * @summary Highlights fact-checked claims in an article and opens their cards.
 *
 * @slot heading - Replaces the index heading text.
 *
 * @csspart index - The index of claims (`nav`).
 * @csspart heading - The index heading.
 * @csspart list - The list of index entries.
 * @csspart entry - One index entry (a button).
 * @csspart orphan - The "not found in the text" note on an entry.
 * @csspart popover - The popover holding the open card.
 * @csspart close - The popover's close button.
 * @csspart card - The `<claim-card>` inside the popover.
 * @csspart more - The "Show more" button of an index of more than 200 claims.
 * @csspart status - Loading and error messages.
 *
 * @cssprop [--claim-highlight-false=rgb(179 38 30 / .14)] - Highlight of false claims (also `-misleading`, `-mixed`, `-true`, `-unrated`). Set on `:root`.
 * @cssprop [--claim-highlight-false-line=rgb(179 38 30)] - Underline colour of false claims (also per tone). Set on `:root`.
 * @cssprop [--claim-highlight-active=rgb(11 87 208 / .28)] - Highlight of the claim whose card is open. Set on `:root`.
 * @cssprop [--claim-marker-background=#0b57d0] - Inline marker buttons (`markers`). Set on `:root`.
 *
 * @fires {ClaimAnchoredEvent} claim-anchored - A claim was found in the article (`claimId`, `range`, `match`); fires again on every anchoring pass, with the new `range`.
 * @fires {ClaimOrphanedEvent} claim-orphaned - A claim's quote is not in the article (`claimId`); fires when a claim becomes orphaned, not on every pass.
 * @fires {ClaimOpenEvent} claim-open - A claim's card opened (`claimId`).
 * @fires {ClaimCloseEvent} claim-close - The open card closed (`claimId`).
 * @fires {ClaimSelectEvent} claim-select - A reader chose a claim from the index or the text (`claim`).
 * @fires {ClaimReadyEvent} claim-ready - Claims loaded (`claims`, `warnings`).
 * @fires {ClaimErrorEvent} claim-error - Claims could not be loaded, or some are invalid (`errors`).
 */
export class ClaimAnnotatorElement extends LocalizedElement {
  static override styles = claimAnnotatorStyles;

  static override properties = {
    claims: { attribute: false },
    src: {},
    target: {},
    markers: { type: Boolean, reflect: true },
    variant: {},
    theme: { reflect: true },
    linkTarget: { attribute: 'link-target' },
    timeout: { type: Number },
    format: {},
    fromPage: { type: Boolean, attribute: 'from-page' },
    _loaded: { state: true },
    _errors: { state: true },
    _results: { state: true },
    _open: { state: true },
    _loading: { state: true },
    _indexLimit: { state: true },
  };

  /** Claims to anchor: a claim set or a list of claims. Takes priority over `src`. */
  declare claims: ClaimSet | Claim[] | undefined;
  /** URL of a claims file. */
  declare src: string | undefined;
  /** CSS selector of the article to annotate; by default the annotator's parent element. */
  declare target: string | undefined;
  /** Also insert a small button after each passage (changes the article's DOM; off by default). */
  declare markers: boolean;
  /** Variant of the card in the popover: `full` (default) or `compact`. */
  declare variant: 'full' | 'compact';
  /** `light` or `dark` for the index and cards; unset follows the reader's setting. */
  declare theme: 'light' | 'dark' | undefined;
  /** `_blank` opens the cards' links in a new tab. */
  declare linkTarget: string;
  /** Milliseconds a `src` request may take. */
  declare timeout: number;
  /** `auto` (default) reads claim JSON and schema.org ClaimReview JSON-LD alike; `claims` or `claimreview` forces one. */
  declare format: ClaimFormat;
  /** Reads the claims from the page's own `<script type="application/ld+json">` ClaimReview markup. */
  declare fromPage: boolean;

  /**
   * Resolves after the first anchoring pass over the article, or when there can be none:
   * the claims failed to load, or `target` is not a valid selector. A valid `target` that
   * matches nothing yet is waited for (late content), and so is this promise.
   */
  readonly ready: Promise<void>;

  declare private _loaded: Claim[];
  declare private _errors: readonly ParseIssue[];
  declare private _results: Anchored[];
  declare private _open: Anchored | undefined;
  declare private _loading: boolean;
  declare private _indexLimit: number;

  private _resolveReady!: () => void;
  private _pass: AnchorPass | undefined;
  private _passAbort: AbortController | undefined;
  private _loadAbort: AbortController | undefined;
  private _loadedFrom: unknown;
  /** The claims of `_loadedFrom` have been read (ClaimReview is read asynchronously). */
  private _dataReady = false;
  private _observer: MutationObserver | undefined;
  private _waitForTarget: MutationObserver | undefined;
  /**
   * The `#claim-` hash whose card has been opened. Kept across re-insertion: moving the
   * element must not reopen a card the reader closed.
   */
  private _hashOpened: string | undefined;
  /** The invalid `target` last warned about. */
  private _badTarget: string | undefined;
  private _settleTimer: ReturnType<typeof setTimeout> | undefined;
  private _targetEl: Element | null = null;
  private _returnFocus: HTMLElement | null = null;
  private _lineIndex = 0;
  private _statusOf = new Map<string, boolean>();
  private _orphanReport = '';
  private _hints = new Map<string, number>();

  constructor() {
    super();
    this.markers = false;
    this.variant = 'full';
    this.linkTarget = '_self';
    this.timeout = DEFAULT_TIMEOUT;
    this.format = 'auto';
    this.fromPage = false;
    this._loaded = [];
    this._errors = [];
    this._results = [];
    this._loading = false;
    this._indexLimit = INDEX_PAGE;
    this.ready = new Promise((resolve) => (this._resolveReady = resolve));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._findTarget();
    addEventListener('hashchange', this._onHash);
    // Re-inserted after a removal dropped everything: take the data in again.
    if (this.hasUpdated) this._intake();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHash);
    removeEventListener('scroll', this._reposition, true);
    removeEventListener('resize', this._reposition);
    this._loadAbort?.abort();
    this._passAbort?.abort();
    this._observer?.disconnect();
    this._waitForTarget?.disconnect();
    this._observer = this._waitForTarget = undefined;
    clearTimeout(this._settleTimer);
    this._targetEl?.removeEventListener('click', this._onArticleClick);
    this._targetEl = null;
    this._setOpen(undefined);
    this._pass?.clear();
    this._pass = undefined;
    this._loadedFrom = undefined;
    this._dataReady = false;
    this._results = [];
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('claims') || changed.has('src') || changed.has('fromPage') || changed.has('format')) this._intake();
    // Frameworks set `target` after connecting: look again whenever it changes.
    if (changed.has('target')) this._findTarget();
    if (changed.has('markers') && changed.get('markers') !== undefined) this._schedule(0);
  }

  /** Anchors again now, e.g. after the page changed styles that hide or show text. */
  refresh(): Promise<void> {
    return this._anchor();
  }

  /** Opens the card of claim `id`, as the index does. */
  open(id: string): void {
    const entry = this._results.find((r) => r.claim.id === id);
    if (entry) this._openFromIndex(entry);
  }

  /** Closes the open card, if any. */
  close(): void {
    this._popover()?.hidePopover();
  }

  // Data -------------------------------------------------------------------------------

  /** Where the claims come from, in priority order: `claims`, `src`, `from-page`. */
  private _intake(): void {
    if (!this.isConnected) return;
    if (this.src && this.claims === undefined) return this._load();
    // A load still in flight lost: its data must not replace the winner's, nor its
    // "Loading" state stay up.
    this._stopLoad();
    if (this.claims !== undefined) this._take(this.claims, 'property');
    else if (this._pageWins()) this._readPage();
  }

  /** The page's own markup is the source: nothing ahead of it is set. */
  private _pageWins(): boolean {
    return this.isConnected && this.fromPage && this.claims === undefined && !this.src;
  }

  private _readPage(): void {
    const doc = this.ownerDocument;
    if (doc.readyState === 'loading') {
      // `claims` or `src` may be set, or from-page turned off, before the page has parsed.
      doc.addEventListener('DOMContentLoaded', () => this._pageWins() && this._readPage(), { once: true });
      return;
    }
    this._take(pageJsonLd(this.getRootNode() as Document | ShadowRoot), 'page');
  }

  private _stopLoad(): void {
    this._loadAbort?.abort();
    this._loadAbort = undefined;
    this._loading = false;
  }

  private _load(): void {
    // Also clears the loading state of the load it replaces, should this URL be invalid.
    this._stopLoad();
    const url = resolveSrc(this.src ?? '', this.ownerDocument.baseURI);
    if (!url) {
      this._fail([{ path: 'src', message: 'must be an https:// or http:// link, or a path on this site' }], 'src');
      return;
    }
    const abort = new AbortController();
    this._loadAbort = abort;
    this._loading = true;
    loadJson(url, { signal: abort.signal, timeout: this.timeout }).then(
      (data) => {
        if (abort.signal.aborted) return;
        this._loading = false;
        this._take(data, 'src');
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this._loading = false;
        this._fail([{ path: '', message: `${this.src}: ${error instanceof LoadError ? error.message : String(error)}` }], 'src');
      },
    );
  }

  private _take(data: unknown, input: 'property' | 'src' | 'page'): void {
    if (data === this._loadedFrom) return;
    this._loadedFrom = data;
    this._dataReady = false;
    const read = readClaimInput(data, input === 'page' ? 'claimreview' : this.format);
    if (read instanceof Promise) {
      read.then(
        (done) => this._loadedFrom === data && this._use(done, input),
        // The reader's chunk did not load (network), or the markup could not be read.
        (error: unknown) => this._loadedFrom === data && this._fail([{ path: '', message: `could not be read as ClaimReview (${String(error)})` }], input),
      );
    } else {
      this._use(read, input);
    }
  }

  private _use(read: ClaimData, input: 'property' | 'src' | 'page'): void {
    this._dataReady = true;
    this._indexLimit = INDEX_PAGE;
    this._loaded = read.claims;
    const invalid = [...read.invalid.values()].flat();
    this._errors = [...read.errors, ...invalid];
    if (this._errors.length) this._fail(this._errors, input, read.claims.length > 0);
    if (DEV && read.warnings.length) devWarn(`<claim-annotator> ignored: ${read.warnings.map((w) => `${w.path} ${w.message}`).join('; ')}`);
    if (read.claims.length || !read.errors.length) this.dispatchEvent(new ClaimReadyEvent(read.claims, read.warnings));
    this._schedule(0);
  }

  private _fail(errors: readonly ParseIssue[], input: 'property' | 'src' | 'page', partial = false): void {
    this._errors = errors;
    const list = errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
    console.warn(`claim-cards: <claim-annotator> ${partial ? 'skipped invalid claims' : 'has no claims'}: ${list}`);
    this.dispatchEvent(new ClaimErrorEvent(errors, input));
    if (!partial) this._resolveReady();
  }

  // The article ------------------------------------------------------------------------

  /**
   * The element `target` names, `null` if none; `undefined` when it is not a valid
   * selector (`#123`): querySelector throws on those, and a callback must never throw.
   */
  private _query(root: Document | ShadowRoot, selector: string): Element | null | undefined {
    try {
      return root.querySelector(selector);
    } catch {
      return undefined;
    }
  }

  private _findTarget(): void {
    this._waitForTarget?.disconnect();
    this._waitForTarget = undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const selector = this.target;
    const query = selector ? this._query(root, selector) : this.parentElement;
    const found = query ?? null;
    if (found && found === this._targetEl) return;
    this._targetEl?.removeEventListener('click', this._onArticleClick);
    this._observer?.disconnect();
    this._targetEl = found;
    if (query === undefined) {
      // No element will ever match, so nothing to wait for. Said once per selector:
      // re-insertion and updates look again.
      if (this._badTarget !== selector) console.warn(`claim-cards: <claim-annotator> target "${selector}" is not a valid CSS selector; nothing is annotated.`);
      this._badTarget = selector;
      // Whoever awaits `ready` must not wait forever for a pass that cannot happen.
      this._resolveReady();
      return;
    }
    if (!found) {
      if (DEV && this.ownerDocument.readyState === 'complete') {
        devWarn(`<claim-annotator> found no element for target "${this.target ?? ''}" yet; it will wait for one to appear.`);
      }
      // Late content: the article may be rendered after us (client-side frameworks).
      this._waitForTarget = new MutationObserver(() => {
        // `target` may have changed since (to an invalid selector, too) before updated() runs.
        if (this.target && this._query(root, this.target)) this._findTarget();
      });
      this._waitForTarget.observe(root, { childList: true, subtree: true });
      return;
    }
    found.addEventListener('click', this._onArticleClick);
    this._observer = new MutationObserver(() => this._schedule(SETTLE));
    this._observer.observe(found, { childList: true, subtree: true, characterData: true });
    this._schedule(0);
  }

  private _schedule(delay: number): void {
    clearTimeout(this._settleTimer);
    this._settleTimer = setTimeout(() => void this._anchor(), delay);
  }

  private async _anchor(): Promise<void> {
    const target = this._targetEl;
    if (!target || !this.isConnected || !this._dataReady) return;
    this._passAbort?.abort();
    const abort = new AbortController();
    this._passAbort = abort;
    // The old markers split text nodes. Out they go before the new pass reads the text:
    // removing them afterwards merges those nodes and collapses the new ranges inside.
    // The old highlights stay painted, moved onto the merged text, until replaced below.
    this._pass?.removeMarkers();
    // Our own change, not the article's: it must not schedule another pass.
    this._observer?.takeRecords();
    const pass = new AnchorPass(target);
    const results = await pass.run(this._loaded, this._hints, abort.signal);
    if (!results || abort.signal.aborted) return;
    const openId = this._open?.claim.id;
    this._setOpen(undefined, false);
    this._pass?.clear();
    this._pass = pass;
    if (this.markers) {
      const { strings } = stringsFor(this._lang);
      installStyles(target.ownerDocument);
      for (const button of pass.addMarkers((e) => `${strings.showCard}: ${e.claim.verdict?.label ?? e.claim.statement}`)) {
        button.addEventListener('click', this._onMarkerClick);
      }
    }
    // Our own changes (markers) are not content changes.
    this._observer?.takeRecords();
    this._hints = new Map(results.filter((r) => r.span).map((r) => [r.claim.id, r.span!.start]));
    this._results = results;
    this._report(results);
    if (openId) {
      const again = results.find((r) => r.claim.id === openId);
      if (again) this._setOpen(again, false);
    }
    this._resolveReady();
    this._openFromHash();
  }

  /**
   * claim-anchored for every found claim on every pass: each pass makes new Ranges (often
   * on new nodes), and whoever holds the old one needs the new. claim-orphaned only when
   * a claim's status changes to orphaned: there is nothing new to say while it stays so.
   * One console line about orphans, when the set of orphans changes.
   */
  private _report(results: Anchored[]): void {
    for (const entry of results) {
      const found = entry.range !== null;
      if (!found && this._statusOf.get(entry.claim.id) === false) continue;
      this._statusOf.set(entry.claim.id, found);
      this.dispatchEvent(
        found ? new ClaimAnchoredEvent(entry.claim.id, entry.range!, entry.match ?? 'exact') : new ClaimOrphanedEvent(entry.claim.id),
      );
    }
    const orphans = results.filter((r) => !r.range).map((r) => r.claim.id);
    const report = orphans.join(' ');
    if (report && report !== this._orphanReport) {
      console.warn(
        `claim-cards: <claim-annotator> found ${orphans.length} of ${results.length} claims nowhere in the article ` +
          // The first ids only: a set of thousands must not print a line of tens of kilobytes.
          `(quote no longer in the text?): ${orphans.slice(0, 20).join(', ')}${orphans.length > 20 ? `, and ${orphans.length - 20} more` : ''}`,
      );
    }
    this._orphanReport = report;
  }

  // Opening and closing ----------------------------------------------------------------

  private _onArticleClick = (e: Event): void => {
    const event = e as MouseEvent;
    if (!this._pass || isInteractive(event.target) || !getSelection()?.isCollapsed) return;
    const caret = caretAt(this.ownerDocument, event.clientX, event.clientY);
    const entry = caret && this._pass.claimAt(caret.node, caret.offset);
    if (!entry?.range) return;
    const rect = rectAt(entry.range, event.clientX, event.clientY);
    if (!rect) return;
    this._lineIndex = [...entry.range.getClientRects()].findIndex((r) => r.top === rect.top && r.left === rect.left);
    this._returnFocus = null;
    this._show(entry);
  };

  private _onMarkerClick = (event: Event): void => {
    const button = event.currentTarget as HTMLButtonElement;
    const entry = this._results.find((r) => r.claim.id === button.dataset.claimId);
    if (!entry) return;
    this._lineIndex = -1;
    this._returnFocus = button;
    this._show(entry);
  };

  private _openFromIndex(entry: Anchored, returnTo?: HTMLElement): void {
    this._returnFocus = returnTo ?? (this.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    if (entry.range) {
      const start = entry.range.startContainer;
      const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    this._lineIndex = 0;
    this._show(entry);
  }

  /**
   * Opens the claim `#claim-<id>` names, once per hash: every pass ends here, and a card
   * the reader closed must not reopen whenever the article changes. Until its claim is
   * in the results (claims set later, the first pass still running) each pass tries again.
   */
  private _openFromHash = (): void => {
    // Other hashes belong to the page, and need not be valid percent-encoding (`#100%`).
    const hash = location.hash;
    if (!hash.startsWith('#claim-') || hash === this._hashOpened) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice('#claim-'.length));
    } catch {
      return; // malformed: names no claim
    }
    const entry = this._results.find((r) => r.claim.id === id);
    if (!entry) return;
    this._hashOpened = hash;
    if (this._open?.claim.id === id) return;
    this._openFromIndex(entry, this.shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) ?? undefined);
  };

  /** A followed link, or back and forward: open even a hash handled before. */
  private _onHash = (): void => {
    this._hashOpened = undefined;
    this._openFromHash();
  };

  private _show(entry: Anchored): void {
    this._setOpen(entry);
    this.dispatchEvent(new ClaimSelectEvent(entry.claim));
  }

  private _setOpen(entry: Anchored | undefined, announce = true): void {
    const previous = this._open;
    if (previous === entry) return;
    setActive(entry?.range ?? null, previous?.range ?? null);
    this._open = entry;
    if (previous && announce) this.dispatchEvent(new ClaimCloseEvent(previous.claim.id));
    if (!entry) {
      this._popover()?.hidePopover();
      removeEventListener('scroll', this._reposition, true);
      removeEventListener('resize', this._reposition);
      return;
    }
    if (announce) this.dispatchEvent(new ClaimOpenEvent(entry.claim.id));
    addEventListener('scroll', this._reposition, { capture: true, passive: true });
    addEventListener('resize', this._reposition, { passive: true });
    void this.updateComplete.then(() => {
      const popover = this._popover();
      if (!popover || this._open !== entry) return;
      if (!popover.matches(':popover-open')) popover.showPopover();
      this._reposition();
      popover.focus({ preventScroll: true });
    });
  }

  private _popover(): HTMLElement | null {
    return this.shadowRoot?.querySelector('[popover]') ?? null;
  }

  /** Keeps the popover beside its line while the page scrolls, inside the viewport. */
  private _reposition = (): void => {
    const entry = this._open;
    const popover = this._popover();
    if (!entry || !popover) return;
    const rects = entry.range ? [...entry.range.getClientRects()] : [];
    const invoker = this._returnFocus;
    const line =
      (this._lineIndex >= 0 ? rects[this._lineIndex] : undefined) ??
      (this._lineIndex < 0 && invoker ? invoker.getBoundingClientRect() : undefined) ??
      rects[0] ??
      invoker?.getBoundingClientRect() ??
      this.getBoundingClientRect();
    const size = popover.getBoundingClientRect();
    const place = placePopover(line, size, { width: innerWidth, height: innerHeight }, getComputedStyle(this).direction === 'rtl');
    // Through the CSSOM, never a style attribute: a strict CSP (no 'unsafe-inline' styles) blocks those.
    popover.style.left = `${Math.round(place.left)}px`;
    popover.style.top = `${Math.round(place.top)}px`;
  };

  private _onToggle = (event: ToggleEvent): void => {
    if (event.newState !== 'closed') return;
    const root = this.shadowRoot!;
    const focusInside = root.activeElement !== null || this.ownerDocument.activeElement === this.ownerDocument.body;
    const back = this._returnFocus;
    this._setOpen(undefined);
    if (back?.isConnected && focusInside) back.focus({ preventScroll: true });
  };

  /** The next page of the index; focus moves to its first entry, where the reader goes on. */
  private _onMore = async (): Promise<void> => {
    const first = this._indexLimit;
    this._indexLimit += INDEX_PAGE;
    await this.updateComplete;
    this.shadowRoot?.querySelectorAll<HTMLElement>('[part="entry"]')[first]?.focus();
  };

  // Rendering --------------------------------------------------------------------------

  override render() {
    const { strings, lang: stringsLang } = stringsFor(this._lang);
    // Labels that fell back to another language (English) are marked so screen readers
    // switch voice, and the claims' own text is marked back as the page's, as the card
    // and the list do. Strings registered under the exact tag (`pt-br`) are no fallback.
    const tag = this._lang.toLowerCase();
    const fellBack = stringsLang !== tag && stringsLang !== tag.split('-')[0];
    const labelLang = fellBack ? stringsLang : nothing;
    const textLang = fellBack ? this._lang : undefined;
    if (this._loading) return html`<p class="status" part="status" role="status" lang=${labelLang}>${strings.loading}</p>`;
    // Before the first pass the index already lists the claims, without orphan notes.
    const results: Anchored[] = this._results.length
      ? this._results
      : this._loaded.map((claim) => ({ claim, tone: verdictTone(claim.verdict), span: null, range: null, pending: true }));
    if (!results.length) {
      return this._errors.length && !this._loaded.length
        ? html`<p class="status" part="status" lang=${labelLang}>${strings.unavailable}</p>`
        : nothing;
    }
    const heading = fill(strings.claimsInArticle, { count: results.length }, this._lang);
    const open = this._open;
    return html`<nav part="index" aria-label=${heading} lang=${labelLang}>
        <p class="heading" part="heading" aria-hidden="true"><slot name="heading">${heading}</slot></p>
        <ol part="list">
          ${repeat(
            results.slice(0, this._indexLimit),
            (r) => r.claim.id,
            (r) => html`<li>
              <button
                type="button"
                part="entry"
                class="entry tone-${r.tone}"
                data-id=${r.claim.id}
                aria-expanded=${open?.claim.id === r.claim.id ? 'true' : 'false'}
                @click=${(e: Event) => this._openFromIndex(r, e.currentTarget as HTMLElement)}
              >
                ${r.claim.verdict
                  ? html`<span class="badge"><span aria-hidden="true">${TONE_ICONS[r.tone]}</span> <span class="label" lang=${textLang ?? nothing}>${r.claim.verdict.label}</span></span>`
                  : nothing}
                <span class="snippet" dir="auto" lang=${r.claim.lang ?? textLang ?? nothing}>${r.claim.statement}</span>
                ${r.span === null && !r.pending ? html`<span class="orphan" part="orphan">${strings.notFound}</span>` : nothing}
              </button>
            </li>`,
          )}
        </ol>
        ${results.length > this._indexLimit
          ? html`<button type="button" part="more" class="more" @click=${this._onMore}>
              ${fill(strings.showMore, { count: results.length - this._indexLimit }, this._lang)}
            </button>`
          : nothing}
      </nav>
      <div
        popover="auto"
        part="popover"
        class="popover"
        role="dialog"
        tabindex="-1"
        aria-label=${open ? `${strings.factCheck}: ${open.claim.statement.slice(0, 80)}` : strings.factCheck}
        @toggle=${this._onToggle}
      >
        ${open
          ? html`<button type="button" class="close" part="close" aria-label=${strings.close} lang=${labelLang} @click=${() => this.close()}>
                <span aria-hidden="true">×</span>
              </button>
              <claim-card
                part="card"
                exportparts="base: card-base"
                .claim=${open.claim}
                variant=${this.variant}
                theme=${this.theme ?? nothing}
                link-target=${this.linkTarget}
                lang=${this._lang}
              ></claim-card>`
          : nothing}
      </div>
      ${highlightsSupported() ? nothing : html`<span hidden data-mode="index-only"></span>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-annotator': ClaimAnnotatorElement;
  }
}
