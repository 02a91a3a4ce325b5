// HTML around the generated article: a plain news page, styled enough that layout, ads and
// pull quotes look like a publisher's.
export const ARTICLE_CSS = `
body { font: 18px/1.6 Georgia, serif; color: #222; margin: 0; }
main { max-width: 40em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 2em; line-height: 1.2; }
.byline { color: #666; font-style: italic; }
.dropcap { float: left; font-size: 3.2em; line-height: 0.9; padding-right: 0.08em; }
.hl { background: #fff3b0; }
.ad { margin: 1.5em -1em; padding: 1em; background: #f4f4f4; text-align: center; font: 14px/1.4 system-ui, sans-serif; }
.ad-label { margin: 0 0 0.5em; color: #888; text-transform: uppercase; font-size: 11px; letter-spacing: 0.1em; }
.related { border-top: 3px solid #222; font: 15px/1.4 system-ui, sans-serif; }
.pull-quote { font-size: 1.4em; font-style: italic; border-inline-start: 4px solid #c00; margin: 1em 0; padding-inline-start: 1em; }
figure { margin: 1.5em 0; } figure img { width: 100%; height: auto; background: #ddd; }
figcaption { font: 14px/1.4 system-ui, sans-serif; color: #555; }
`;

export function articlePage({ title, article, head = '', body = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${ARTICLE_CSS}</style>
${head}
</head>
<body>
<main><article id="article">${article}</article></main>
${body}
</body>
</html>
`;
}
