/** The development build of `#dev-mode`: see dev-mode.ts. */
export const DEV: boolean = true;
