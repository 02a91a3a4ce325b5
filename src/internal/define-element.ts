import { VERSION } from '../version.js';

/** Element classes carry their library version so a clash can name both sides. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const warned = new Set<string>();

/**
 * Registers `tag` once. The same class again is a no-op; another class already holding
 * the tag (a second copy or another version of the library, or somebody else's element)
 * keeps it, and we say so once. Never throws: a page must not break because a script
 * tag was pasted twice.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering, or a very old browser
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (existing === ctor) return;
  if (existing) {
    if (!warned.has(tag)) {
      warned.add(tag);
      const theirs = existing.version ? `claim-cards ${existing.version}` : 'another script';
      console.warn(
        `claim-cards ${VERSION}: <${tag}> is already defined by ${theirs}; that definition stays. ` +
          'Load claim-cards once per page.',
      );
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`claim-cards ${VERSION}: could not define <${tag}>:`, error);
  }
}
