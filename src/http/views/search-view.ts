// The /search results page: the query kept in the site bar's box, the matches (names, and acts
// by their words) best first with their Chinese name, kind and the name or alias that matched,
// each linking to its page.
import type { SearchHit } from '../../domain/search/entity-search.js';
import { html, safeHref } from './html.js';
import { layout } from './layout.js';

export function renderSearchPage(query: string, hits: readonly SearchHit[]): string {
  const body = query.trim() === ''
    ? html`<h1>Search</h1><p>Type a name in the search box above: a person, an organisation, a UN body, a place or an event, in English or Chinese (for example <a href="/search?q=Wang+Yu">Wang Yu</a> or <a href="/search?q=${'王宇'}" lang="zh-Hans">王宇</a>), or words of an act of reprisal, as its description or the report puts them (for example <a href="/search?q=airport+detained">airport detained</a>). Misspellings are forgiven.</p>`
    : html`<h1>Search: “${query}”</h1>
<p role="status">${hits.length === 0 ? 'No names or acts match. Check the spelling, try fewer words, or browse the lists.' : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}, best first.`}</p>
<ol class="results">${hits.map(
        (hit) => html`<li><a href="${safeHref(hit.href)}">${hit.label}</a>${hit.zh && hit.zh !== hit.label ? html` <span lang="zh-Hans">${hit.zh}</span>` : ''}
<span class="badge">${hit.type}</span>${hit.matched !== hit.label && hit.matched !== hit.zh ? html` <span class="muted">matched “${hit.matched}”</span>` : ''}</li>`,
      )}</ol>`;
  return layout({ title: query ? `Search: ${query}` : 'Search', query }, body);
}
