import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';

export const claimAnnotatorStyles = [
  themeStyles,
  css`
    :host {
      margin-block: 1em;
    }
    nav {
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75);
    }
    .heading {
      margin: 0 0 0.5em;
      font-size: 0.8125em;
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    :host(:lang(ar)) .heading,
    :host(:lang(ko)) .heading {
      letter-spacing: normal;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.25em;
    }
    .entry {
      all: unset;
      box-sizing: border-box;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 0.6em;
      inline-size: 100%;
      min-block-size: 24px;
      padding-block: 0.35em;
      padding-inline: 0.5em;
      border-radius: calc(var(--_radius) * 0.6);
      cursor: pointer;
      color: var(--_fg);
      font-size: 0.9375em;
    }
    .entry:hover,
    .entry[aria-expanded='true'] {
      background: var(--_quote-bg);
    }
    .entry:focus-visible {
      outline: 0.15em solid var(--_focus);
      outline-offset: 0.1em;
    }
    .badge {
      font-weight: 700;
      color: var(--_tone);
      white-space: nowrap;
    }
    .snippet {
      flex: 1 1 16em;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .orphan {
      font-size: 0.875em;
      color: var(--_muted);
      font-style: italic;
    }
    .tone-false { --_tone: var(--_false); }
    .tone-misleading { --_tone: var(--_misleading); }
    .tone-mixed { --_tone: var(--_mixed); }
    .tone-true { --_tone: var(--_true); }
    .tone-unrated { --_tone: var(--_unrated); }
    .popover {
      position: fixed;
      inset: auto;
      margin: 0;
      padding: 0;
      border: 0;
      background: transparent;
      color: var(--_fg);
      overflow: visible;
      inline-size: min(28em, calc(100vw - 16px));
      max-block-size: calc(100vh - 16px);
      overflow-y: auto;
      filter: drop-shadow(0 0.25em 0.75em rgb(0 0 0 / 0.25));
    }
    .popover:focus {
      outline: none;
    }
    .popover:focus-visible claim-card {
      outline: 0.15em solid var(--_focus);
      outline-offset: 0.1em;
      border-radius: var(--_radius);
    }
    claim-card {
      max-inline-size: none;
    }
    /* The close button sits on its own row above the card, never over the verdict. */
    .popover:popover-open {
      display: grid;
      gap: 0.25em;
    }
    .close {
      all: unset;
      box-sizing: border-box;
      justify-self: end;
      border: 1px solid var(--_border);
      inline-size: 28px;
      block-size: 28px;
      display: grid;
      place-items: center;
      border-radius: 50%;
      cursor: pointer;
      font-size: 1.25em;
      line-height: 1;
      color: var(--_muted);
      background: var(--_bg);
    }
    .close:hover {
      color: var(--_fg);
    }
    .close:focus-visible {
      outline: 0.15em solid var(--_focus);
    }
    .status {
      margin: 0;
      color: var(--_muted);
      /* Its own background, like the index: muted text must not land on a page of the other scheme. */
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 0.75);
    }
    .more {
      font: inherit;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.6);
      margin-block-start: 0.5em;
      padding-inline: 1em;
      min-block-size: max(24px, 2em);
      cursor: pointer;
    }
    @media (forced-colors: active) {
      .entry[aria-expanded='true'] {
        outline: 1px solid CanvasText;
      }
      .popover {
        filter: none;
      }
    }
  `,
];
