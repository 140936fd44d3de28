// The preview card (Reconciliation API v0.2, "Preview Service"): a small self-contained HTML page
// OpenRefine shows in an iframe when a curator hovers a candidate — names in both scripts, types,
// description, the reviewed Wikidata/Wikipedia links and ISHR case codes — enough to tell two Wang
// Yus apart.
import { propertyValues } from '../../domain/reconcile/entity-properties.js';
import type { IndexedEntity, ReconcileIndex } from '../../domain/reconcile/reconcile-index.js';
import { html, type Html } from '../views/html.js';

export function previewCard(index: ReconcileIndex, entity: IndexedEntity, pageUrl: string): Html {
  const values = (id: string) => propertyValues(index, entity, id).map((v) => ('str' in v ? v.str : 'name' in v ? v.name : ''));
  const zh = values('name_zh');
  const wikidata = values('wikidata');
  const wikipedia = values('wikipedia');
  const ishrCodes = values('ishr_code');
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${entity.name}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:8px}h1{font-size:16px;margin:0 0 4px}p{margin:2px 0}.t{color:#555}</style></head>
<body>
<h1><a href="${pageUrl}" target="_blank" rel="noopener">${entity.name}</a>${zh.length > 0 ? html` <span lang="zh">${zh.join(' / ')}</span>` : ''}</h1>
<p class="t">${entity.types.map((t) => t.name).join(' · ')} — <code>${entity.id}</code></p>
${entity.description ? html`<p>${entity.description}</p>` : ''}
${wikidata.map((q) => html`<p>Wikidata: <a href="https://www.wikidata.org/wiki/${q}" target="_blank" rel="noopener">${q}</a></p>`)}
${ishrCodes.map((code) => html`<p>ISHR End Reprisals case <code>${code}</code></p>`)}
${wikipedia.map((url) => html`<p>Wikipedia: <a href="${url}" target="_blank" rel="noopener">${decodeURIComponent(url.split('/wiki/')[1] ?? url)}</a> (Wikidata item awaiting review)</p>`)}
</body></html>`;
}
