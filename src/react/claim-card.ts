import * as React from 'react';
import { createComponent } from '@lit/react';
// Registers <claim-card> (guarded, like claim-cards/define) so the component just works.
import { ClaimCardElement } from '../elements/claim-card/claim-card.define.js';
import { eventsOf } from './events.js';

/**
 * `<claim-card>`: one fact-checked claim. Props: `claim` (claim JSON, validated), or
 * `src` + `claimId`, or the plain `statement`, `claimant`, `date`, `source`, … fields;
 * `lang`, `variant`, `theme`, `linkTarget`. Events: `onClaimReady`, `onClaimError`.
 */
export const ClaimCard = createComponent({
  react: React,
  tagName: 'claim-card',
  elementClass: ClaimCardElement,
  events: eventsOf('onClaimReady', 'onClaimError'),
  displayName: 'ClaimCard',
});

export type ClaimCardProps = React.ComponentProps<typeof ClaimCard>;
