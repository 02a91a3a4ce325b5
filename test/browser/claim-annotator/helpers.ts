import type { Claim, ClaimAnnotatorElement } from '../../../src/index.js';
import '../../../src/elements/claim-annotator/claim-annotator.define.js';

export const article = `
  <h2>Russia's figures and its ambassador's account</h2>
  <p id="p1">Data from Russia’s Labour Ministry show that more than 10,000 North Koreans were newly registered since September,
  and that about 700 of them were given permission to work.</p>
  <p id="p2">Alexander Matsegora rejected the reports. He said <em>no new permits had been granted</em> to North Korean workers
  since the sanctions took effect; those still working were there under contracts signed earlier.</p>
  <aside class="ad">Advertisement: subscribe for more world news.</aside>
  <p id="p3">Estimates of what these workers earn for the state run from $150&nbsp;million to $300&nbsp;million a year.</p>
`;

export const claims: Claim[] = [
  {
    id: 'no-new-permits',
    statement: 'No new permits have been issued since the sanctions.',
    quote: { exact: 'no new permits had been granted to North Korean workers since the sanctions took effect' },
    verdict: { label: 'Misleading', rating: 2 },
  },
  {
    id: 'ministry-figures',
    statement: 'More than 10,000 North Koreans were newly registered since September.',
    quote: { exact: 'more than 10,000 North Koreans were newly registered since September' },
    verdict: { label: 'True' },
  },
  {
    id: 'earnings',
    statement: 'These workers earn $150 million to $300 million a year for the state.',
    quote: { exact: 'from $150 million to $300 million a year' },
    verdict: { label: 'Mostly true', rating: 4 },
  },
  {
    id: 'gone',
    statement: 'Russia confirmed that new permits were granted.',
    quote: { exact: 'Russia confirmed that new permits had been granted to North Korean workers' },
    verdict: { label: 'False' },
  },
];

const mounted: HTMLElement[] = [];

/** An article and an annotator targeting it; resolves after the first anchoring pass. */
export async function setup(options: { markers?: boolean; html?: string; claims?: Claim[]; attrs?: Record<string, string> } = {}) {
  const story = document.createElement('article');
  story.id = `story-${Math.random().toString(36).slice(2)}`;
  story.innerHTML = options.html ?? article;
  const annotator = document.createElement('claim-annotator') as ClaimAnnotatorElement;
  annotator.target = `#${story.id}`;
  if (options.markers) annotator.markers = true;
  for (const [k, v] of Object.entries(options.attrs ?? {})) annotator.setAttribute(k, v);
  annotator.claims = options.claims ?? claims;
  document.body.append(annotator, story);
  mounted.push(annotator, story);
  await annotator.ready;
  await annotator.updateComplete;
  return { story, annotator };
}

export function teardown(): void {
  for (const el of mounted.splice(0)) el.remove();
}

/** Client coordinates of the middle of the first box of the text `needle` inside `root`. */
export function pointOf(root: Element, needle: string): { x: number; y: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + Math.min(needle.length, 4));
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  throw new Error(`text not found: ${needle}`);
}

export function clickAt(target: Element, { x, y }: { x: number; y: number }): void {
  const hit = document.elementFromPoint(x, y) ?? target;
  hit.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
}

export const popoverOf = (annotator: ClaimAnnotatorElement) => annotator.shadowRoot!.querySelector<HTMLElement>('[popover]')!;
export const isOpen = (annotator: ClaimAnnotatorElement) => popoverOf(annotator).matches(':popover-open');
export const openCardStatement = (annotator: ClaimAnnotatorElement) =>
  popoverOf(annotator).querySelector('claim-card')?.shadowRoot?.querySelector('[part="statement"]')?.textContent?.trim();
export const folded = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[’]/g, "'").trim();

/** Errors thrown on the page while `run` goes on: listener and callback throws, unhandled rejections. */
export async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(String(e.error ?? e.message));
    e.preventDefault();
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(String(e.reason));
    e.preventDefault();
  };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
