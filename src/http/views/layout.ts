// The frame of every HTML page: head, the site navigation, main content, footer. One small
// stylesheet inline (no external assets, so pages work offline and without the YASGUI bundle).
import { html, raw, type Html } from './html.js';

export interface LayoutOptions {
  readonly title: string;
  /** Alternate representations: [media type, href] (rendered as <link rel="alternate">). */
  readonly alternates?: readonly (readonly [string, string])[];
  readonly head?: Html;
  readonly lang?: string;
}

const STYLE = raw(`
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2329;background:#fff}
header{background:#1f3a5f;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none}header .site{font-weight:600}
main{max-width:72rem;margin:0 auto;padding:1rem 1.2rem 3rem}
a{color:#1a5a96}h1{margin:.6rem 0 .2rem;font-size:1.7rem}h1 .zh{font-weight:400;color:#555;margin-left:.6rem}
.iri{font-family:ui-monospace,monospace;font-size:.85rem;color:#555;word-break:break-all}
.types a{display:inline-block;background:#e8eef5;border-radius:3px;padding:0 .4rem;margin-right:.3rem;font-size:.85rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e3e6ea}
th{width:14rem;font-weight:600;color:#333}td ul{margin:0;padding-left:1rem}
.lang,.dt{color:#777;font-size:.8rem;margin-left:.3rem}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:4px solid #c9a227;background:#fbf8ec}
.formats a{margin-right:.6rem;font-size:.9rem}.muted{color:#666}
.nested{margin:.2rem 0;padding:.2rem .5rem;border:1px solid #e3e6ea;border-radius:3px}
dl.term{margin:.2rem 0 1.4rem}dl.term dt{font-weight:600;float:left;clear:left;width:9rem}dl.term dd{margin-left:9.5rem}
section.term{border-top:1px solid #e3e6ea;padding-top:.4rem}code{font-size:.9rem}
`);

export function layout(options: LayoutOptions, body: Html): string {
  const alternates = (options.alternates ?? []).map(
    ([type, href]) => html`<link rel="alternate" type="${type}" href="${href}">`,
  );
  return html`<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · HRD reprisals graph</title>
${alternates}
<style>${STYLE}</style>
${options.head}
</head>
<body>
<header><a class="site" href="/">HRD reprisals graph</a>
<a href="/">SPARQL</a><a href="/api/persons">API</a><a href="/openapi.json">OpenAPI</a><a href="/ontology">Ontology</a><a href="/context.jsonld">@context</a></header>
<main>
${body}
</main>
</body>
</html>
`.value;
}
