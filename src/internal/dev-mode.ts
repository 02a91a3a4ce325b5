/**
 * `false` in the published build. Bundlers and Node pick `dev-mode.development.js`
 * instead under the `development` condition (package.json `imports` → `#dev-mode`), and
 * the elements then explain more in the console: ignored fields, competing inputs,
 * targets that never appear. Production builds drop that code entirely.
 */
export const DEV: boolean = false;
