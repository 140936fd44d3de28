// The release's part of the home page: a "Download the data" column linking the dumps, tables,
// codebook, citation and VoID, and the schema.org Dataset as JSON-LD (escaped so that no value
// can close the script element). Rendered once, with the page.
import { DATASET, type ReleaseInfo } from '../../domain/export/release-info.js';
import { homeDatasetJsonLd, releaseLinks } from '../../domain/export/release-links.js';
import { html, raw, type Html } from '../views/html.js';
import { viewable } from './release-index-view.js';

/** `info`: the version and date the schema.org Dataset gives (the same as /release's). */
export function releaseHomeSection(info: ReleaseInfo): Html {
  const links = releaseLinks();
  // Files download (and say so); text files also get a "view" link shown in the browser.
  const group = (name: string) =>
    links.filter((l) => l.group === name).map((l, i) => {
      const file = l.href.startsWith('/release/');
      if (!file) {
        return html`${i > 0 ? ' · ' : ''}<a href="${l.href}">${l.label}</a>${l.mediaType === 'text/html' ? '' : html` <a class="muted" href="${l.href}?view=text" aria-label="view ${l.label} as text">(view)</a>`}`;
      }
      return html`${i > 0 ? ' · ' : ''}<a class="download" href="${l.href}" download>${l.label}</a>${viewable(l.mediaType) ? html` <a class="muted" href="${l.href}?view=text" aria-label="view ${l.label} as text">(view)</a>` : ''}`;
    });
  const jsonLd = JSON.stringify(homeDatasetJsonLd(info)).replace(/</gu, '\\u003c');
  return html`<div><h2>Download the data</h2><ul>
<li>RDF: ${group('rdf')}</li>
<li>${group('tables')}</li>
<li>${group('about')}</li>
<li class="muted">⤓ marks a download.</li>
<li class="muted">Data ${DATASET.licence.id}, crediting the source report by ${DATASET.source.publisher}.</li>
</ul>
<script type="application/ld+json">${raw(jsonLd)}</script></div>`;
}
