/**
 * Script text under Trusted Types (`require-trusted-types-for 'script'`): the only script
 * text we write is ClaimReview JSON-LD we serialised ourselves (with `<` escaped), into a
 * non-executable `application/ld+json` script. The policy is named `claim-cards`; a page
 * with a strict `trusted-types` list must allow that name.
 */
interface Policy {
  createScript(input: string): unknown;
}
type TrustedTypes = { createPolicy(name: string, rules: { createScript(s: string): string }): Policy };

let policy: Policy | null | undefined;

export function trustedScript(text: string): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (!tt) return text;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('claim-cards', { createScript: (s) => s });
    } catch {
      policy = null; // not allowed, or taken by another copy: plain text, which works wherever TT is not enforced
    }
  }
  return (policy ? policy.createScript(text) : text) as string;
}
