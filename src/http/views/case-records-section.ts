// "Other records of this case" on an entity page: the ISHR End Reprisals entries (with their code
// and the Secretary-General's report they belong to), the NGOs' case pages and the UN letter the
// crosswalk links to the entity, or a reprisals report's UN document symbol; each with the table
// row it was checked in. Empty when the entity has none. Every value is escaped (html.ts).
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { caseRecordsOf, type CaseRecordValue } from '../../domain/links/case-record-list.js';
import { html, safeHref, type Html } from './html.js';

export function caseRecordsSection(iri: string, graph: EntityGraph): Html | '' {
  const records = caseRecordsOf(graph.store, iri);
  if (records.length === 0) return '';
  return html`<section id="case-records"><h2>Other records of this case</h2>
<p class="muted">Records of the same case kept by others, checked in a stored public copy. They are pointers, not sources of this graph's statements.</p>
<ul>${records.map(item)}</ul></section>`;
}

function item(r: CaseRecordValue): Html {
  const source = r.checkedSource ? html` <span class="muted">(checked: ${r.checkedSource})</span>` : '';
  if (r.symbol) {
    return html`<li>UN document symbol <strong>${r.symbol}</strong>${r.paragraphs ? html`, paragraphs on these cases: ${r.paragraphs}` : ''}${source}</li>`;
  }
  const code = r.ishrCode ? html` — case <code>${r.ishrCode}</code>` : '';
  const year = r.reportYear ? html` in the Secretary-General's ${r.reportYear} report` : '';
  const lang = r.language && r.language !== 'en' ? html` <span class="lang">[${r.language}]</span>` : '';
  return html`<li>${r.publisher ?? ''}: <a href="${safeHref(r.url ?? '')}" rel="noopener">${r.title ?? r.kind ?? r.url ?? ''}</a>${r.title && r.kind ? html` <span class="muted">(${r.kind})</span>` : ''}${code}${year}${lang}${source}</li>`;
}
