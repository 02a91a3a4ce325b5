import { defineElement } from '../../internal/define-element.js';
import { ClaimAnnotatorElement } from './claim-annotator.js';

defineElement('claim-annotator', ClaimAnnotatorElement);

export { ClaimAnnotatorElement };
