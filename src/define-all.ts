import { ClaimAnnotatorElement } from './elements/claim-annotator/claim-annotator.js';
import { ClaimCardElement } from './elements/claim-card/claim-card.js';
import { ClaimListElement } from './elements/claim-list/claim-list.js';
import { defineElement } from './internal/define-element.js';

/**
 * Registers every element under its standard tag. Safe to call more than once and
 * beside another copy of the library: a tag already taken is left alone (one warning).
 */
export function defineAll(): void {
  defineElement('claim-card', ClaimCardElement);
  defineElement('claim-list', ClaimListElement);
  defineElement('claim-annotator', ClaimAnnotatorElement);
}
