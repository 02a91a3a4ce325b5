/**
 * The CDN entry (`dist/cdn/claim-cards.js`): everything inlined, every element
 * registered, the whole API re-exported.
 */
import './define.js';

export * from './index.js';
