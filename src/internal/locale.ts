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
