import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';

export const claimCardStyles = [
  themeStyles,
  css`
    :host {
      max-inline-size: var(--claim-max-width, 40em);
    }
    .card {
      background: var(--_bg);
      color: var(--_fg);
      border: 1px solid var(--_border);
      border-inline-start: 0.3em solid var(--_tone, var(--_border));
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: calc(var(--_space) * 0.6);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
    }
    .kicker {
      font-size: 0.8125em;
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    :host(:lang(ar)) .kicker,
    :host(:lang(ko)) .kicker {
      letter-spacing: normal;
    }
    blockquote {
      margin: 0;
      padding-block: calc(var(--_space) * 0.5);
      padding-inline: calc(var(--_space) * 0.75);
      background: var(--_quote-bg);
      border-radius: calc(var(--_radius) * 0.6);
      font-size: 1.0625em;
    }
    blockquote p,
    .counter p {
      margin: 0;
    }
    .meta {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .meta a {
      color: var(--_accent);
    }
    .label {
      font-weight: 700;
      color: var(--_fg);
    }
    .counter {
      display: grid;
      gap: 0.25em;
      padding-inline-start: 0.75em;
      border-inline-start: 0.15em solid var(--_border);
    }
    .verdict {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin: 0;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      padding-block: 0.15em;
      padding-inline: 0.6em;
      border: 0.125em solid var(--_tone);
      border-radius: 999px;
      color: var(--_tone);
      font-weight: 700;
      min-block-size: 1.5em;
    }
    .icon {
      font-size: 0.9em;
      line-height: 1;
    }
    .scale {
      display: inline-flex;
      gap: 0.2em;
    }
    .pip {
      inline-size: 0.7em;
      block-size: 0.7em;
      border-radius: 50%;
      border: 0.1em solid var(--_tone);
    }
    .pip.on {
      background: var(--_tone);
    }
    .tone-false { --_tone: var(--_false); }
    .tone-misleading { --_tone: var(--_misleading); }
    .tone-mixed { --_tone: var(--_mixed); }
    .tone-true { --_tone: var(--_true); }
    .tone-unrated { --_tone: var(--_unrated); }
    .review {
      margin: 0;
      font-size: 0.875em;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      align-items: baseline;
    }
    .review a {
      display: inline-block;
      min-block-size: 24px;
      padding-block: 0.1em;
      font-weight: 600;
    }
    .status {
      margin: 0;
      color: var(--_muted);
    }
    details {
      font-size: 0.875em;
    }
    summary {
      cursor: pointer;
      min-block-size: 24px;
    }
    .errors {
      margin-block: 0.25em 0;
      padding-inline-start: 1.25em;
    }
    code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.95em;
    }
    :host([variant='compact']) .card {
      padding: calc(var(--_space) * 0.6);
      gap: calc(var(--_space) * 0.4);
    }
    :host([variant='compact']) blockquote {
      font-size: 1em;
      padding: 0;
      background: none;
    }
    @media (forced-colors: active) {
      .card {
        border-inline-start-width: 0.3em;
      }
      .pip.on {
        background: CanvasText;
        forced-color-adjust: none;
      }
      .pip {
        border-color: CanvasText;
        forced-color-adjust: none;
      }
    }
  `,
];
