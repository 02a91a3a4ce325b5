/** Importing this module registers every element: `import 'claim-cards/define'`. */
import { defineAll } from './define-all.js';

defineAll();

export { defineAll };
