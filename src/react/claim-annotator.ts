import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers <claim-annotator> so the component just works.
import { ClaimAnnotatorElement } from '../elements/claim-annotator/claim-annotator.define.js';
import { eventsOf } from './events.js';

/**
 * `<claim-annotator>`: pins each claim to its sentence in `target` and opens its card.
 * Events: every claim event (loading, anchoring, opening, selection).
 */
export const ClaimAnnotator = createComponent({
  react: React,
  tagName: 'claim-annotator',
  elementClass: ClaimAnnotatorElement,
  events: eventsOf('onClaimReady', 'onClaimError', 'onClaimSelect', 'onClaimAnchored', 'onClaimOrphaned', 'onClaimOpen', 'onClaimClose'),
  displayName: 'ClaimAnnotator',
});

export type ClaimAnnotatorProps = React.ComponentProps<typeof ClaimAnnotator>;
