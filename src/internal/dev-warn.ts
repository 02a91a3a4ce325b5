import { DEV } from '#dev-mode';

const said = new Set<string>();

/** A development-build hint, said once per distinct message. A no-op in production builds. */
export function devWarn(message: string): void {
  if (!DEV || said.has(message)) return;
  said.add(message);
  console.warn(`claim-cards (development build): ${message}`);
}
