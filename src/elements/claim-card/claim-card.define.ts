import { defineElement } from '../../internal/define-element.js';
import { ClaimCardElement } from './claim-card.js';

defineElement('claim-card', ClaimCardElement);

export { ClaimCardElement };
