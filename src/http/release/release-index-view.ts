// The HTML list of a release's files (GET /release/): name, what it is, size, SHA-256, and how
// to cite and check it.
import type { Release } from '../../domain/export/build-release.js';
import { sha256 } from '../../domain/export/release-file.js';
import { DATASET } from '../../domain/export/release-info.js';
import { html } from '../views/html.js';
import { layout } from '../views/layout.js';

export function renderReleaseIndex(release: Release): string {
  const body = html`
<h1>Dataset release ${release.info.version}</h1>
<p>Issued ${release.info.issued}. ${release.triples} triples. ${DATASET.attribution}</p>
<p>Cite it with <a href="/release/CITATION.cff">CITATION.cff</a>; the tables are documented in the <a href="/release/codebook.md">codebook</a> and <a href="/release/datapackage.json">datapackage.json</a>; check the files with <code>sha256sum -c SHA256SUMS</code>.</p>
<table>
<tr><th>file</th><th>what</th><th>bytes</th><th>SHA-256</th></tr>
${release.files.map(
  (f) => html`<tr><td><a href="/release/${f.path}">${f.path}</a></td><td>${f.title}</td><td>${f.content.length}</td><td class="iri">${sha256(f)}</td></tr>`,
)}
</table>`;
  return layout({ title: `Dataset release ${release.info.version}` }, body);
}
