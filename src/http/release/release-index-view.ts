// The HTML list of a release's files (GET /release/): name, what it is, size, SHA-256, and how
// to cite and check it.
import type { Release } from '../../domain/export/build-release.js';
import { sha256 } from '../../domain/export/release-file.js';
import { DATASET } from '../../domain/export/release-info.js';
import { html, raw } from '../views/html.js';
import { layout } from '../views/layout.js';

export function renderReleaseIndex(release: Release): string {
  const body = html`
<h1>Dataset release ${release.info.version}</h1>
<p>Issued ${release.info.issued}. ${release.triples} triples. ${DATASET.attribution}</p>
<p>Cite it with <a href="/release/CITATION.cff">CITATION.cff</a>; the tables are documented in the <a href="/release/codebook.md">codebook</a> and <a href="/release/datapackage.json">datapackage.json</a>; check the files with <code>sha256sum -c SHA256SUMS</code>.</p>
<p class="muted">File names download the file; “view” shows a text file in the browser.</p>
<div class="table-wrap"><table>
<tr><th>file</th><th>what</th><th>bytes</th><th>SHA-256</th></tr>
${release.files.map(
  (f) => html`<tr><td><a href="/release/${f.path}" download>${f.path}</a>${viewable(f.mediaType) ? html` <a href="/release/${f.path}?view=text" class="muted">(view)</a>` : ''}</td><td>${f.title}</td><td>${f.content.length}</td><td class="iri">${sha256(f)}</td></tr>`,
)}
</table></div>`;
  return layout({ title: `Dataset release ${release.info.version}`, section: '/release' }, body);
}

/** Shown while the release is still being built: reloads itself every two seconds. */
export function renderReleaseBuilding(): string {
  const body = html`
<h1>The dataset release is being built</h1>
<p role="status">The files (RDF dumps, CSV tables, codebook, checksums) are being prepared; this takes a few seconds after the service starts. This page reloads itself.</p>
<p>Meanwhile: browse the <a href="/persons">persons</a> and <a href="/acts">acts</a>, or <a href="/">query the graph</a>.</p>`;
  return layout({ title: 'Release being built', section: '/release', head: raw('<meta http-equiv="refresh" content="2">') }, body);
}

/** Text files a browser can show (gzip and other binaries only download). */
export function viewable(mediaType: string): boolean {
  return /^(text\/|application\/(n-triples|n-quads|ld\+json|rdf\+xml|json|x-yaml|trig))/u.test(mediaType);
}
