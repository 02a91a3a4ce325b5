/** Test helpers for pages, timing, the console and the test server. */
import { render, type TemplateResult } from 'lit';

/**
 * Waits until `check` is true (fails the test after `ms`). Polls with timers, not
 * animation frames: pages the runner opens side by side are hidden, and hidden pages
 * get no frames.
 */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Records console.warn calls until restored. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** A unique query key so the test server's hit counter is per test. */
export const uniqueKey = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

export async function hits(key: string): Promise<number> {
  return (await fetch(`/__test__/hits?key=${encodeURIComponent(key)}`)).json();
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh container and waits for every Lit element in it.
 * Unlike a generic fixture it never waits for an animation frame (see `until`).
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const root = container.firstElementChild as T;
  const lit = [root, ...root.querySelectorAll('*')].filter((el) => 'updateComplete' in el);
  await Promise.all(lit.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  return root;
}

/** Removes what `mount` added (call from afterEach). */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
}
