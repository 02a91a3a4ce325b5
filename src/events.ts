/**
 * Every event the elements fire. All bubble and cross shadow roots, so one listener on
 * `document` hears every card on the page.
 */
import type { Claim } from './schema/claim-schema.js';
import type { ParseIssue } from './schema/result.js';

const init: EventInit = { bubbles: true, composed: true };

/** Where an element's data came from. */
export type ClaimInput = 'property' | 'script' | 'src' | 'attributes' | 'page';

/** `claim-error`: the data could not be loaded or is invalid. The element shows an error state. */
export class ClaimErrorEvent extends Event {
  static readonly eventName = 'claim-error';
  constructor(
    readonly errors: readonly ParseIssue[],
    readonly input: ClaimInput | undefined,
  ) {
    super(ClaimErrorEvent.eventName, init);
  }
}

/** `claim-ready`: valid data arrived and the element rendered it. */
export class ClaimReadyEvent extends Event {
  static readonly eventName = 'claim-ready';
  constructor(
    readonly claims: readonly Claim[],
    readonly warnings: readonly ParseIssue[],
  ) {
    super(ClaimReadyEvent.eventName, init);
  }
}

/** `claim-select`: a reader chose a claim (in a list or an annotator's index). */
export class ClaimSelectEvent extends Event {
  static readonly eventName = 'claim-select';
  constructor(readonly claim: Claim) {
    super(ClaimSelectEvent.eventName, init);
  }
}

/** `claim-anchored`: a claim's quote was found in the article and highlighted. */
export class ClaimAnchoredEvent extends Event {
  static readonly eventName = 'claim-anchored';
  constructor(
    readonly claimId: string,
    readonly range: Range,
    /** `exact` when the text matched after folding typography, `fuzzy` when edits were forgiven. */
    readonly match: 'exact' | 'fuzzy',
  ) {
    super(ClaimAnchoredEvent.eventName, init);
  }
}

/** `claim-orphaned`: a claim's quote is no longer in the article (or never was). */
export class ClaimOrphanedEvent extends Event {
  static readonly eventName = 'claim-orphaned';
  constructor(readonly claimId: string) {
    super(ClaimOrphanedEvent.eventName, init);
  }
}

/** `claim-open` / `claim-close`: an annotator opened or closed a claim's card. */
export class ClaimOpenEvent extends Event {
  static readonly eventName = 'claim-open';
  constructor(readonly claimId: string) {
    super(ClaimOpenEvent.eventName, init);
  }
}

export class ClaimCloseEvent extends Event {
  static readonly eventName = 'claim-close';
  constructor(readonly claimId: string) {
    super(ClaimCloseEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'claim-error': ClaimErrorEvent;
    'claim-ready': ClaimReadyEvent;
    'claim-select': ClaimSelectEvent;
    'claim-anchored': ClaimAnchoredEvent;
    'claim-orphaned': ClaimOrphanedEvent;
    'claim-open': ClaimOpenEvent;
    'claim-close': ClaimCloseEvent;
  }
}
