import { escapeHtml } from '../http/escapeHtml.js';

/** Wraps hosted-page content in the sandbox's simple store layout. `title` is escaped; `content` must already be. */
export function renderPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · bc-sandbox store</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d2433; background: #f5f6f8; }
header { background: #1d2433; color: #fff; padding: .8rem 2rem; font-weight: 600; }
main { max-width: 44rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
h1 { font-size: 1.3rem; margin-top: 0; }
table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: .4rem .3rem; border-bottom: 1px solid #e4e7ee; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.who { background: #eef2ff; padding: .6rem .8rem; border-radius: 6px; margin-bottom: 1rem; }
tfoot td { font-weight: 600; }
</style>
</head>
<body>
<header>bc-sandbox store · hosted pages</header>
<main>
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>`;
}
