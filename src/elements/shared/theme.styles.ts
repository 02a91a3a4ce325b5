import { css } from 'lit';

/**
 * The design tokens every element shares. Public hooks are `--claim-*` custom properties;
 * the private `--_*` copies resolve light/dark once so rules below stay simple.
 * Sizes are in `em` from a `medium` base: the reader's preferred size, untouched by the
 * host page's root font size.
 */
const dark = css`
  --_bg: var(--claim-background, #17191d);
  --_fg: var(--claim-color, #e8eaee);
  --_muted: var(--claim-muted-color, #b1b6c0);
  --_border: var(--claim-border-color, #474c56);
  --_accent: var(--claim-accent-color, #a8c7fa);
  --_quote-bg: var(--claim-quote-background, #22252b);
  --_false: var(--claim-verdict-false, #ffb4ab);
  --_misleading: var(--claim-verdict-misleading, #ffb77c);
  --_mixed: var(--claim-verdict-mixed, #e2c94a);
  --_true: var(--claim-verdict-true, #7fd895);
  --_unrated: var(--claim-verdict-unrated, #c4c8d0);
  --_focus: var(--claim-focus-color, #a8c7fa);
`;

export const themeStyles = css`
  :host {
    --_bg: var(--claim-background, #ffffff);
    --_fg: var(--claim-color, #1b1d21);
    --_muted: var(--claim-muted-color, #565b66);
    --_border: var(--claim-border-color, #c9ced8);
    --_accent: var(--claim-accent-color, #0b57d0);
    --_quote-bg: var(--claim-quote-background, #f3f5f8);
    --_false: var(--claim-verdict-false, #b3261e);
    --_misleading: var(--claim-verdict-misleading, #a14a00);
    --_mixed: var(--claim-verdict-mixed, #6b5a00);
    --_true: var(--claim-verdict-true, #146c2e);
    --_unrated: var(--claim-verdict-unrated, #4a4f59);
    --_radius: var(--claim-radius, 0.5em);
    --_space: var(--claim-spacing, 1em);
    --_focus: var(--claim-focus-color, #0b57d0);

    /* Reset what the host page would otherwise pass down. */
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--claim-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--claim-font-size, medium);
    line-height: var(--claim-line-height, 1.5);
    font-weight: 400;
    font-style: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--_fg);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* The page's rules for every element (*, article *, claim-card {…}) reach the host and
     would flow into the shadow tree: the typography is set again below the host. In a
     layer, so every other rule here wins over it. Size and spacing still follow the host,
     so readers' text-spacing tools reach the text. */
  @layer reset {
    :host > :not(slot) {
      font-family: var(--claim-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      color: var(--_fg);
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      word-break: normal;
    }
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.15em;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_accent: LinkText;
      --_quote-bg: Canvas;
      --_false: CanvasText;
      --_misleading: CanvasText;
      --_mixed: CanvasText;
      --_true: CanvasText;
      --_unrated: CanvasText;
      --_focus: Highlight;
    }
  }
`;
