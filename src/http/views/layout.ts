// The frame of every HTML page: head (one stylesheet, favicon, the CJK web font through the
// stylesheet), the site bar (every view of the service and the search box), main content and
// footer. Pages are readable without JavaScript; /assets/search.js only adds suggestions as you
// type to the search box (an ARIA 1.2 combobox). `lang="en"` on <html>; Chinese text carries
// lang="zh-Hans" where it is written (see `zh` below).
import { html, type Html } from './html.js';

export interface LayoutOptions {
  readonly title: string;
  /** Alternate representations: [media type, href] (rendered as <link rel="alternate">). */
  readonly alternates?: readonly (readonly [string, string])[];
  readonly head?: Html;
  readonly lang?: string;
  /** Path of the site-bar entry this page belongs to (marked aria-current="page"). */
  readonly section?: string;
  /** Scripts of the page (root-relative URLs), loaded with `defer` after search.js. */
  readonly scripts?: readonly string[];
  /** The search box's initial value (the /search page). */
  readonly query?: string;
}

/** The site bar's entries, in order: [path, label]. */
export const SITE_SECTIONS: readonly (readonly [string, string])[] = [
  ['/', 'Query'],
  ['/persons', 'Persons'],
  ['/acts', 'Acts'],
  ['/organisations', 'Organisations'],
  ['/un', 'UN'],
  ['/events', 'Events'],
  ['/documents', 'Documents'],
  ['/places', 'Places'],
  ['/timeline', 'Timeline'],
  ['/network', 'Network'],
  ['/map', 'Map'],
  ['/charts', 'Charts'],
  ['/release', 'Release'],
];

/** Chinese text inside English markup: `<span lang="zh-Hans">` (BCP 47, simplified script). */
export function zh(text: string, className?: string): Html {
  return html`<span lang="zh-Hans"${className ? html` class="${className}"` : ''}>${text}</span>`;
}

export function layout(options: LayoutOptions, body: Html): string {
  const alternates = (options.alternates ?? []).map(
    ([type, href]) => html`<link rel="alternate" type="${type}" href="${href}">`,
  );
  const scripts = ['/assets/search.js', ...(options.scripts ?? [])];
  return html`<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · HRD reprisals graph</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/fonts/noto-sans-sc.css">
<link rel="stylesheet" href="/assets/site.css">
${alternates}
${options.head}
${scripts.map((src) => html`<script src="${src}" defer></script>\n`)}</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="sitebar">
<a class="site" href="/">HRD reprisals graph</a>
<nav aria-label="Site"><ul>${SITE_SECTIONS.map(
    ([href, label]) => html`<li><a href="${href}"${options.section === href ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
${searchBox(options.query)}
</header>
<main id="main">
${body}
</main>
<footer>Data from the Network of Chinese Human Rights Defenders' report of 1 November 2018 · <a href="/ontology">Ontology</a> · <a href="/api/persons">JSON-LD API</a> · <a href="/openapi.json">OpenAPI</a> · <a href="/sparql?view=text">SPARQL service description</a> · <a href="/release">Downloads</a></footer>
</body>
</html>
`.value;
}

/**
 * A plain GET form to /search; search.js turns the input into a combobox with suggestions from
 * /search?format=json (the listbox stays hidden and empty without JavaScript).
 */
function searchBox(query?: string): Html {
  return html`<div class="search" role="search">
<form action="/search" method="get">
<label for="site-search" class="vh">Search names (English or Chinese)</label>
<input id="site-search" name="q" type="search" value="${query ?? ''}" placeholder="Search names…" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="site-search-options">
<button type="submit">Search</button>
</form>
<ul id="site-search-options" role="listbox" aria-label="Suggestions" hidden></ul>
</div>`;
}
