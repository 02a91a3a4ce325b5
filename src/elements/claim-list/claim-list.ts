import { html, isServer, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ClaimErrorEvent, ClaimReadyEvent, ClaimSelectEvent, type ClaimInput } from '../../events.js';
import type { ClaimData } from '../../internal/claim-data.js';
import { readClaimInput, type ClaimFormat } from '../../internal/claim-input.js';
import { pageJsonLd } from '../../internal/page-json-ld.js';
import { stringsFor } from '../../internal/i18n/registry.js';
import { fill, type Strings } from '../../internal/i18n/strings.js';
import { DEFAULT_TIMEOUT, LoadError, loadJson, resolveSrc } from '../../internal/load-json.js';
import { adoptServerMarkup, hasServerMarkup, serverLang } from '../../internal/server-markup.js';
import { TONES, type VerdictTone } from '../../internal/verdict-tone.js';
import type { Claim, ClaimSet } from '../../schema/claim-schema.js';
import type { ParseIssue } from '../../schema/result.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { claimListStyles } from './claim-list.styles.js';
import { queryClaims, type ListResult, type SortOrder } from './list-query.js';

type View =
  | { state: 'empty' }
  | { state: 'loading' }
  | { state: 'error'; errors: readonly ParseIssue[]; input: ClaimInput }
  | { state: 'ready'; data: ClaimData; input: ClaimInput };

/**
 * One place claims can come from. Adding a source (say, claims read from the page) means
 * adding a case to `_intake()`; states, events and rendering follow by themselves.
 */
interface Intake {
  input: ClaimInput;
  /** While the key stays the same, the data is not read again. */
  key: unknown;
  /** Data at hand, rendered in the same update (and on the server). */
  data?: ClaimData;
  /** Data that arrives later; started after the first render, never on the server. */
  load?: (signal: AbortSignal) => Promise<ClaimData>;
}

const SORTS: [SortOrder, keyof Strings][] = [
  ['newest', 'sortDate'],
  ['oldest', 'sortDateOld'],
  ['verdict', 'sortVerdict'],
];

/**
 * The list reports for its data as a whole; its cards' own reports (one per card, the
 * claims already validated) would only repeat it, so they stay inside.
 */
const stop = (event: Event) => event.stopPropagation();

/** How long the reader must pause, in milliseconds, before the new count is spoken. */
const ANNOUNCE_DELAY = 700;

/**
 * Every claim of a set as cards, with search, a verdict filter, sorting and a live count.
 *
 * Claims come from the `claims` property, else from `src` (fetched once per page however
 * many elements use it). Invalid claims in a file are left out and reported (one warning,
 * one `claim-error`); the valid ones still show. A file that cannot be used at all shows
 * an error state instead. The cards' own `claim-ready` events stay inside the list. Cards
 * appear a page at a time (`page-size`); "Show more" adds the next page and moves focus
 * to its first card. The count is spoken (politely) once the reader pauses typing.
 *
 * With `selectable`, each card gets a "Select" button that fires `claim-select`. The button
 * sits beside the card rather than turning the card into one, because cards hold links.
 *
 * @tag claim-list
 * @summary Lists fact-checked claims as cards, with search, verdict filter and sorting.
 *
 * @attr src - URL of a claims file.
 * @attr sort - `newest` (default), `oldest` or `verdict`. Reflects the reader's choice.
 * @attr verdict - Show only one verdict tone: `false`, `misleading`, `mixed`, `true` or `unrated`. Reflects the reader's choice.
 * @attr query - Search text. Reflects what the reader typed.
 * @attr page-size - How many cards each page shows (default 20).
 * @attr selectable - Adds a "Select" button to each card that fires `claim-select`.
 * @attr variant - Passed to every card: `full` or `compact`.
 * @attr theme - `light` or `dark`, for the list and every card.
 * @attr link-target - Passed to every card: `_blank` opens links in a new tab.
 * @attr timeout - Milliseconds the `src` request may take.
 *
 * @prop {Claim[] | ClaimSet | undefined} claims - Claims to list, as a claim set or an array of claims. Wins over `src`.
 *   Assign a new object to change it: edits inside the same array are not noticed.
 *
 * @slot - Fallback content: visible before the element upgrades, to readers without
 *   JavaScript, and while loading or when the data is unusable.
 *
 * @csspart base - Wraps everything the list renders.
 * @csspart controls - The search field and the two menus.
 * @csspart search - The search field (`input type=search`).
 * @csspart filter - The verdict menu (`select`).
 * @csspart sort - The sort menu (`select`).
 * @csspart count - "Showing 12 of 40 claims".
 * @csspart list - The list of cards (`ul`).
 * @csspart item - Each entry (`li`): a card, and the select button when `selectable`.
 * @csspart select - The select button of each entry.
 * @csspart empty - "No claims match."
 * @csspart more - The "Show more" button.
 * @csspart status - The loading and error messages.
 *
 * @cssprop [--claim-font-family=system-ui] - Typeface.
 * @cssprop [--claim-font-size=medium] - Base size.
 * @cssprop [--claim-background=#ffffff] - Background of the list, its fields and buttons.
 * @cssprop [--claim-color=#1b1d21] - Text colour.
 * @cssprop [--claim-muted-color=#565b66] - The count and status messages.
 * @cssprop [--claim-border-color=#c9ced8] - Borders of fields and buttons.
 * @cssprop [--claim-accent-color=#0b57d0] - Button border on hover.
 * @cssprop [--claim-focus-color=#0b57d0] - Focus ring.
 * @cssprop [--claim-radius=0.5em] - Corner radius.
 * @cssprop [--claim-spacing=1em] - Gaps between controls and cards.
 *
 * @fires {ClaimReadyEvent} claim-ready - Claims were listed. `event.claims` holds the valid ones.
 * @fires {ClaimErrorEvent} claim-error - The data could not be loaded, or some claims are invalid (then `claim-ready` follows for the valid ones). `event.errors` lists `{path, message}`.
 * @fires {ClaimSelectEvent} claim-select - A reader pressed a card's select button. `event.claim`.
 */
export class ClaimListElement extends LocalizedElement {
  static override styles = claimListStyles;

  static override properties = {
    claims: { attribute: false },
    src: {},
    sort: { reflect: true },
    verdict: { reflect: true },
    query: { reflect: true },
    pageSize: { attribute: 'page-size', type: Number },
    selectable: { type: Boolean },
    variant: {},
    theme: { reflect: true },
    linkTarget: { attribute: 'link-target' },
    timeout: { type: Number },
    format: {},
    fromPage: { type: Boolean, attribute: 'from-page' },
    _view: { state: true },
    _limit: { state: true },
  };

  /**
   * Claims to list: a claim set or an array of claims (validated first). Wins over `src`.
   * Assign a new object to change it: edits inside the same array are not noticed.
   */
  declare claims: Claim[] | ClaimSet | undefined;
  /** URL of a claims file. */
  declare src: string | undefined;
  /** `newest` first (default), `oldest` first, or by `verdict` from false to true. */
  declare sort: SortOrder | undefined;
  /** Only claims of this verdict tone; unset or empty shows all. */
  declare verdict: VerdictTone | '' | undefined;
  /** Search text: every word must appear (case and accents ignored). */
  declare query: string | undefined;
  /** Cards per page (default 20). */
  declare pageSize: number;
  /** Adds a select button to each card, which fires `claim-select`. */
  declare selectable: boolean;
  /** Passed to every card. */
  declare variant: 'full' | 'compact' | undefined;
  /** `light` or `dark` for the list and its cards; unset follows `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Passed to every card. */
  declare linkTarget: string | undefined;
  /** Milliseconds a `src` request may take. */
  declare timeout: number;
  /** `auto` (default) reads claim JSON and schema.org ClaimReview JSON-LD alike; `claims` or `claimreview` forces one. */
  declare format: ClaimFormat;
  /** Lists the claims of the page's own `<script type="application/ld+json">` ClaimReview markup. */
  declare fromPage: boolean;

  declare private _view: View;
  /** How many of the matching claims are rendered. */
  declare private _limit: number;

  /** Identifies the data being shown or loaded, so an update does not read it again. */
  private _key: unknown;
  /** A load to start once this update has rendered. */
  private _pending: Intake | undefined;
  private _abort: AbortController | undefined;
  /** The view last reported through events, so each outcome is reported once. */
  private _reported: View | undefined;
  private _result: ListResult | undefined;
  private _count = '';
  /** A server-rendered shadow root waits for the first update (see server-markup.ts). */
  private _serverMarkup = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.pageSize = 20;
    this.selectable = false;
    this.timeout = DEFAULT_TIMEOUT;
    this.format = 'auto';
    this.fromPage = false;
    this._view = { state: 'empty' };
    this._limit = 0;
  }

  override connectedCallback(): void {
    if (isServer) return super.connectedCallback();
    this._serverMarkup = hasServerMarkup(this);
    super.connectedCallback();
    // Re-inserted after a removal cancelled its request: read the source again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
    if (this._abort) {
      // Reconnecting reads the source again and so restarts the request cancelled here.
      this._abort.abort();
      this._abort = undefined;
      this._key = undefined;
    }
  }

  /** Where the claims come from, by priority. */
  private _intake(): Intake | undefined {
    if (this.claims != null) {
      const read = readClaimInput(this.claims, this.format);
      return read instanceof Promise ? { input: 'property', key: this.claims, load: () => read } : { input: 'property', key: this.claims, data: read };
    }
    const src = this.src;
    if (!src && this.fromPage) {
      return { input: 'page', key: 'page', load: async () => readClaimInput(pageJsonLd(this.getRootNode() as Document | ShadowRoot), 'claimreview') };
    }
    if (!src) return undefined;
    return {
      input: 'src',
      key: src,
      load: async (signal) => {
        try {
          const url = resolveSrc(src, this.ownerDocument.baseURI);
          if (!url) throw new LoadError('must be an https:// or http:// link, or a path on this site');
          return await readClaimInput(await loadJson(url, { signal, timeout: this.timeout }), this.format);
        } catch (error) {
          throw new LoadError(`${src}: ${(error as Error).message}`);
        }
      },
    };
  }

  private _read(data: ClaimData, input: ClaimInput): View {
    // A file whose every claim is broken is an error, not "No claims match".
    const errors = data.errors.length || data.claims.length ? data.errors : [...data.invalid.values()].flat();
    return errors.length ? { state: 'error', errors, input } : { state: 'ready', data, input };
  }

  private get _page(): number {
    return Math.max(1, this.pageSize || 20);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The server sees no ancestors and never connects: see serverLang.
    if (isServer) this._lang = serverLang(this);
    // The same claims object as last time: nothing to read again (a keystroke in the search
    // box must not walk a thousand claims).
    const unchanged = this.claims != null && this.claims === this._key;
    const intake = unchanged ? undefined : this._intake();
    if (!unchanged && intake?.key !== this._key) {
      this._abort?.abort();
      this._abort = undefined;
      this._key = intake?.key;
      this._pending = intake?.load && intake;
      this._view = !intake ? { state: 'empty' } : intake.load ? { state: 'loading' } : this._read(intake.data!, intake.input);
    }
    const view = this._view;
    if (view.state !== 'ready') {
      this._result = undefined;
      return;
    }
    if (!this._result || ['_view', 'sort', 'verdict', 'query', 'pageSize'].some((k) => changed.has(k as keyof ClaimListElement))) {
      this._result = queryClaims(view.data.claims, this);
      // A new selection starts again with one page.
      this._limit = this._page;
    }
    this._count = fill(stringsFor(this._lang).strings.showing, { shown: this._result.claims.length, total: view.data.claims.length }, this._lang);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (!this._serverMarkup) return super.update(changed);
    this._serverMarkup = false;
    adoptServerMarkup(this, () => super.update(changed), () => this.render());
  }

  override updated(): void {
    const intake = this._pending;
    // Not while detached: nothing would cancel the request. Reconnecting starts it.
    if (intake && this.isConnected) {
      this._pending = undefined;
      const abort = (this._abort = new AbortController());
      const settle = (view: () => View) => {
        if (abort.signal.aborted) return;
        this._abort = undefined;
        this._view = view();
      };
      intake.load!(abort.signal).then(
        (json) => settle(() => this._read(json, intake.input)),
        (error: Error) => settle(() => ({ state: 'error', errors: [{ path: '', message: error.message }], input: intake.input })),
      );
    }
    this._report();
  }

  /** One warning and one event per outcome; invalid claims beside valid ones count too. */
  private _report(): void {
    const view = this._view;
    if (view === this._reported || view.state === 'empty' || view.state === 'loading') return;
    this._reported = view;
    const ready = view.state === 'ready';
    const problems = ready ? [...view.data.invalid.values()].flat() : view.errors;
    if (problems.length) {
      const list = problems.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
      const what = ready ? `left out ${view.data.invalid.size} invalid claim(s)` : 'shows no claims';
      console.warn(`claim-cards: <claim-list${this.id ? `#${this.id}` : ''}> ${what}: ${list}`);
      this.dispatchEvent(new ClaimErrorEvent(problems, view.input));
    }
    if (ready) this.dispatchEvent(new ClaimReadyEvent(view.data.claims, view.data.warnings));
  }

  /**
   * The search field and both menus set the property they are named after. The new count
   * is spoken once the reader pauses, so typing a word is not a flood of announcements;
   * changes the page makes itself are not announced.
   */
  private _onInput(event: Event): void {
    const field = event.target as HTMLInputElement;
    this[field.name as 'query'] = field.value;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      const live = this.renderRoot.querySelector('.live');
      if (live) live.textContent = this._count;
    }, ANNOUNCE_DELAY);
  }

  private async _onMore(): Promise<void> {
    const first = this._limit;
    this._limit += this._page;
    await this.updateComplete;
    // Focus lands on the first new card, where the reader goes on reading.
    (this.renderRoot.querySelectorAll('[part="item"]')[first] as HTMLElement | undefined)?.focus();
  }

  private _status(view: Extract<View, { state: 'loading' | 'error' }>, strings: Strings) {
    if (view.state === 'loading') return html`<p part="status" role="status">${strings.loadingClaims}</p>`;
    const summary = fill(strings.errorDetails, { count: view.errors.length }, this._lang);
    const items = view.errors.map((e) => html`<li>${e.path ? `${e.path}: ` : ''}${e.message}</li>`);
    return html`<p part="status">${strings.claimsUnavailable}</p>
      <details>
        <summary>${summary}</summary>
        <ul>
          ${items}
        </ul>
      </details>`;
  }

  private _controls({ counts, matched }: ListResult, strings: Strings) {
    const verdict = this.verdict ?? '';
    const sort = this.sort ?? 'newest';
    const tones = TONES.map(
      (tone) =>
        html`<option value=${tone} .selected=${tone === verdict} ?disabled=${!counts[tone] && tone !== verdict}>
          ${strings[`${tone}Verdict`]} (${fill('{n}', { n: counts[tone] }, this._lang)})
        </option>`,
    );
    const sorts = SORTS.map(([value, key]) => html`<option value=${value} .selected=${value === sort}>${strings[key]}</option>`);
    return html`<div part="controls" class="controls">
      <label>
        ${strings.search}
        <input part="search" type="search" name="query" .value=${this.query ?? ''} @input=${this._onInput} />
      </label>
      <label>
        ${strings.filterVerdict}
        <select part="filter" name="verdict" @change=${this._onInput}>
          <option value="" .selected=${!verdict}>${strings.allVerdicts} (${fill('{n}', { n: matched }, this._lang)})</option>
          ${tones}
        </select>
      </label>
      <label>
        ${strings.sortBy}
        <select part="sort" name="sort" @change=${this._onInput}>
          ${sorts}
        </select>
      </label>
    </div>`;
  }

  private _item(claim: Claim, strings: Strings) {
    const statement = claim.statement.length > 80 ? `${claim.statement.slice(0, 79)}…` : claim.statement;
    const select = this.selectable
      ? html`<button part="select" type="button" @click=${() => this.dispatchEvent(new ClaimSelectEvent(claim))}>
          ${strings.select}<span class="visually-hidden">: ${statement}</span>
        </button>`
      : nothing;
    return html`<li part="item" tabindex="-1">
      <claim-card
        .claim=${claim}
        lang=${this._lang}
        variant=${this.variant ?? nothing}
        theme=${this.theme ?? nothing}
        link-target=${this.linkTarget ?? nothing}
      ></claim-card>
      ${select}
    </li>`;
  }

  override render() {
    const { strings, lang: stringsLang } = stringsFor(this._lang);
    const view = this._view;
    if (view.state === 'empty') return html`<slot></slot>`;
    if (view.state !== 'ready') {
      return html`<div part="base" class="base" aria-busy=${view.state === 'loading' || nothing}>
          ${this._status(view, strings)}
        </div>
        <slot></slot>`;
    }
    const result = this._result!;
    const shown = result.claims.slice(0, this._limit);
    const left = result.claims.length - shown.length;
    const more = fill(strings.showMore, { count: left }, this._lang);
    // Labels that fell back to another language are marked so screen readers switch voice.
    const fellBack = stringsLang !== this._lang.toLowerCase().split('-')[0];
    const items = repeat(shown, (claim) => claim.id, (claim) => this._item(claim, strings));
    return html`<div part="base" class="base" lang=${fellBack ? stringsLang : nothing}>
      ${this._controls(result, strings)}
      <p part="count">${this._count}</p>
      <p class="live visually-hidden" role="status"></p>
      ${shown.length ? html`<ul part="list" role="list" @claim-ready=${stop} @claim-error=${stop}>${items}</ul>` : html`<p part="empty">${strings.noClaims}</p>`}
      ${left > 0 ? html`<button part="more" type="button" @click=${this._onMore}>${more}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'claim-list': ClaimListElement;
  }
}
