import { isServer, LitElement, type PropertyDeclarations } from 'lit';
import { stringsReady } from '../../internal/i18n/registry.js';
import { resolveLang, watchLang } from '../../internal/locale.js';
import { VERSION } from '../../version.js';

/**
 * What every claim-cards element shares: it speaks the language of the nearest `lang`
 * (its own, an ancestor's, the document's), follows changes to it, and holds its render
 * until that language's strings have loaded, so readers never see a flash of English.
 * Elements carry the library version so a registration clash can name both copies.
 */
export class LocalizedElement extends LitElement {
  static readonly version: string = VERSION;

  static override properties: PropertyDeclarations = {
    _lang: { state: true },
  };

  /** The canonical language tag the element renders in. */
  declare protected _lang: string;
  private _unwatchLang: (() => void) | undefined;

  constructor() {
    super();
    this._lang = 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server render sees no ancestors; elements take their language from `serverLang`.
    if (isServer) return;
    this._lang = resolveLang(this);
    this._unwatchLang = watchLang(this, () => (this._lang = resolveLang(this)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatchLang?.();
    this._unwatchLang = undefined;
  }

  /**
   * The element's own `lang` too: the page-wide watcher cannot see into other shadow
   * trees (a card inside a list), and frameworks set `lang` after inserting the element.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this._lang = resolveLang(this);
  }

  protected override async scheduleUpdate(): Promise<void> {
    const pending = stringsReady(this._lang);
    if (pending) await pending;
    super.scheduleUpdate();
  }
}
