/** Help texts, written for the newsroom developer at a terminal. */

export const USAGE = `claim-cards: check claim files, and turn fact-checks into and out of schema.org ClaimReview.

Usage:
  claim-cards validate [--json] FILE...
  claim-cards jsonld [--html] FILE
  claim-cards import --from claimreview|factcheck-api [--partial] FILE
  claim-cards --help | --version

Commands:
  validate   Check claim JSON files against the claim-cards format (version 1).
  jsonld     Print the ClaimReview JSON-LD of every claim in a file, for search engines.
  import     Turn ClaimReview JSON-LD (or a saved HTML page that holds it) or a
             Google Fact Check Tools API response into a claim set.

Use - as FILE to read standard input. "claim-cards COMMAND --help" tells more.
`;

export const COMMAND_HELP: Record<string, string> = {
  validate: `Usage: claim-cards validate [--json] FILE...

Checks claim JSON files: a claim set ({"version": 1, "claims": [...]}), or a single
claim. Prints one line per problem, "file: path: message", where path is the field
to fix (claims[2].source.url). Warnings, such as fields claim-cards does not know,
are printed too but do not make a file invalid. Broken JSON is reported with its
line and column.

Options:
  --json    Print one JSON report instead: {"ok", "files": [{"file", "ok",
            "claims", "errors", "warnings"}]}.

Exit status: 0 when every file is valid, 1 otherwise, 2 for a usage mistake.
`,
  jsonld: `Usage: claim-cards jsonld [--html] FILE

Prints schema.org ClaimReview JSON-LD for every claim in a claim file: a list for
a claim set, one object for a single claim. Where Google's fact-check rules would
reject or cut something (no review URL, claimReviewed over 75 characters, the
verdict inside the statement), a warning goes to standard error; the output is
still written.

Options:
  --html    Wrap each review in <script type="application/ld+json">, ready to
            paste into a page. "<" is escaped, so text in the data cannot end
            the script block.

Exit status: 0 on success, 1 when the file is not a valid claim file, 2 for a
usage mistake.
`,
  import: `Usage: claim-cards import --from claimreview|factcheck-api [--partial] FILE

Prints a claim set ({"version": 1, "claims": [...]}) built from:
  --from claimreview     ClaimReview JSON-LD: one review, a list, or a @graph; or
                         a saved HTML page with <script type="application/ld+json">
                         blocks.
  --from factcheck-api   A response of Google's Fact Check Tools API
                         (claims:search); one claim per review.

Ids are made from each review's URL. Fields a claim cannot hold are left out with
a warning on standard error; a review without a claim text is an error.

Options:
  --partial   Print the claims that could be read even when others could not
              (their problems are reported as warnings).

Exit status: 0 on success, 1 when the input cannot be read or holds an invalid
review, 2 for a usage mistake.
`,
};
