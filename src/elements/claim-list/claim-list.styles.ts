import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';

export const claimListStyles = [
  themeStyles,
  css`
    .base,
    ul {
      display: grid;
      gap: var(--_space);
    }
    .base {
      /* Its own colours, like the cards: theme="dark" must not put light text on a light page. */
      background: var(--_bg);
      border-radius: var(--_radius);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: calc(var(--_space) * 0.75);
    }
    label {
      display: grid;
      flex: 1 1 9em;
      gap: 0.25em;
      font-weight: 600;
    }
    label:first-child {
      flex: 3 1 14em;
    }
    input,
    select,
    button {
      font: inherit;
      font-weight: 400;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.6);
      padding-inline: 0.6em;
      /* WCAG 2.2 target size, also when the base size is set very small. */
      min-block-size: max(24px, 2.25em);
      min-inline-size: 24px;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        color-scheme: dark;
      }
    }
    input:focus-visible,
    select:focus-visible {
      outline: 0.15em solid var(--_focus);
      outline-offset: 0.15em;
    }
    button {
      justify-self: start;
      cursor: pointer;
      padding-inline: 1em;
    }
    button:hover {
      border-color: var(--_accent);
    }
    p {
      margin: 0;
      color: var(--_muted);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: grid;
      gap: 0.5em;
    }
    details {
      font-size: 0.875em;
    }
    summary {
      cursor: pointer;
      min-block-size: 24px;
    }
  `,
];
