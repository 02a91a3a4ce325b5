import { defineElement } from '../../internal/define-element.js';
// The list renders <claim-card> elements, so the card's tag must exist wherever the list does.
import '../claim-card/claim-card.define.js';
import { ClaimListElement } from './claim-list.js';

defineElement('claim-list', ClaimListElement);

export { ClaimListElement };
