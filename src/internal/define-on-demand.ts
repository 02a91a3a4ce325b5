/**
 * Loads an element's code the first time its tag appears in the document, so a page
 * with only `<claim-card>` never downloads the annotator. Watches the document for
 * tags added later (a CMS widget, a framework render); elements created inside other
 * components' shadow roots are not seen: `loadAll()` covers that case.
 */
export type Loaders = Record<string, () => Promise<unknown>>;

export function defineOnDemand(loaders: Loaders): { loadAll: () => Promise<void> } {
  const pending = new Map(Object.entries(loaders));
  const started: Promise<unknown>[] = [];
  let observer: MutationObserver | undefined;

  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    if (!pending.size) observer?.disconnect();
    started.push(
      loader().catch((error: unknown) => {
        console.warn(`claim-cards: could not load the code for <${tag}>:`, error);
      }),
    );
  };

  const scan = (root: Element | Document) => {
    for (const tag of pending.keys()) {
      if ((root as Element).localName === tag || root.getElementsByTagName(tag).length) load(tag);
    }
  };

  if (typeof document !== 'undefined') {
    scan(document);
    if (pending.size) {
      observer = new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }
  }

  return {
    loadAll: async () => {
      for (const tag of [...pending.keys()]) load(tag);
      await Promise.all(started);
    },
  };
}
