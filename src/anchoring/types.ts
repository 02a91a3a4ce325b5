/** A quote selector (as in the W3C Web Annotation `TextQuoteSelector`): the text and its context. */
export interface TextQuote {
  /** The quoted text. */
  exact: string;
  /** Text just before the quote (about 32 characters is plenty). */
  prefix?: string;
  /** Text just after the quote. */
  suffix?: string;
}

/** A half-open span `[start, end)` of offsets into a folded text such as `TextIndex.text`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Options for finding one quote. */
export interface FindOptions {
  /**
   * Where the quote is expected to start, as an offset into the folded text (for example the
   * `start` of its previous match). Breaks ties between equally good places.
   */
  hint?: number;
}
