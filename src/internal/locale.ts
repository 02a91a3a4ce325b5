/**
 * The language and direction an element should speak in: its own `lang`, else the
 * nearest ancestor's (crossing shadow roots), else the document's, else English.
 */
function closestAcrossShadows(node: Element, attribute: string): Element | null {
  let current: Element | null = node;
  while (current) {
    const hit: Element | null = current.closest(`[${attribute}]`);
    if (hit) return hit;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** A valid BCP 47 tag or `en`: an invalid `lang="en_US"` must not break `Intl`. */
export function canonicalLang(tag: string | null | undefined): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function resolveLang(element: Element): string {
  const owner = closestAcrossShadows(element, 'lang');
  return canonicalLang(owner?.getAttribute('lang') || element.ownerDocument?.documentElement.lang);
}

const watchers = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `onChange` whenever a `lang` attribute changes anywhere in the element's
 * document (a language switch on `<html>` or a container). One observer serves every
 * element on the page. Returns the function that stops watching.
 */
export function watchLang(element: Element, onChange: () => void): () => void {
  watchers.set(element, onChange);
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const callback of watchers.values()) callback();
    });
    observer.observe(element.ownerDocument, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    watchers.delete(element);
    if (!watchers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
