// The network: /network (every link, filter by node and edge kind) and `networkSection`, one
// entity's neighbourhood for its page. An SVG laid out on the server (d3-force), so it is
// complete without JavaScript; every node is a link to its page. Kinds are told by shape and
// label as well as colour (nodes), and by dash pattern as well as colour (edges). Under the
// drawing, the same links as a table, for screen readers and for quoting.
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from '../../domain/viz/network/network-model.js';
import type { NetworkLayout, PlacedNode } from '../../domain/viz/network/network-layout.js';
import { html, raw, safeHref, type Html } from './html.js';
import { layout } from './layout.js';
import { VIZ_HEAD, VIZ_SCRIPTS } from './viz-parts.js';

export const NODE_STYLE: Readonly<Record<NodeKind, { label: string; colour: string; shape: string }>> = {
  defender: { label: 'defender or activist', colour: '#0b5cad', shape: 'circle' },
  relative: { label: 'relative', colour: '#007a5a', shape: 'circle' },
  lawyer: { label: 'lawyer', colour: '#6a3d9a', shape: 'circle' },
  group: { label: 'group of persons', colour: '#4f5965', shape: 'square' },
  organisation: { label: 'organisation (NGO)', colour: '#b07800', shape: 'square' },
  'state-organ': { label: 'state organ', colour: '#b3261e', shape: 'diamond' },
  un: { label: 'UN body', colour: '#0a6e8a', shape: 'triangle' },
};

export const EDGE_STYLE: Readonly<Record<EdgeKind, { label: string; colour: string; dash: string }>> = {
  spouse: { label: 'spouse', colour: '#007a5a', dash: '' },
  'lawyer-of': { label: 'lawyer of', colour: '#6a3d9a', dash: '' },
  'family-member': { label: 'family member', colour: '#007a5a', dash: '2 2' },
  associate: { label: 'associate', colour: '#4f5965', dash: '2 2' },
  'victim-of-act-by': { label: 'victim of an act by', colour: '#b3261e', dash: '' },
  'engaged-with': { label: 'engaged with', colour: '#0a6e8a', dash: '6 3' },
  'raised-by': { label: 'case raised by', colour: '#0b5cad', dash: '1 3' },
  'member-of': { label: 'member of', colour: '#b07800', dash: '6 3' },
  'associated-with': { label: 'associated with', colour: '#4f5965', dash: '1 3' },
};

export interface NetworkFilterState {
  readonly kinds: ReadonlySet<NodeKind>;
  readonly edges: ReadonlySet<EdgeKind>;
}

export function renderNetworkPage(placed: NetworkLayout, state: NetworkFilterState): string {
  const checkbox = (name: string, value: string, label: string, checked: boolean) =>
    html`<label class="net-check"><input type="checkbox" name="${name}" value="${value}"${checked ? raw(' checked') : ''}> ${label}</label>`;
  const form = html`<form class="viz-filters net-filters" action="/network" method="get" aria-label="Filters">
<fieldset><legend>Show nodes</legend>${NODE_KINDS.map((k) => checkbox('kind', k, NODE_STYLE[k].label, state.kinds.has(k)))}</fieldset>
<fieldset><legend>Show links</legend>${EDGE_KINDS.map((k) => checkbox('edge', k, EDGE_STYLE[k].label, state.edges.has(k)))}</fieldset>
<p class="viz-filter-actions"><button type="submit">Apply</button> <a href="/network">Show all</a></p></form>`;
  const body = html`<h1>Network</h1>
<p>Persons, their relatives and lawyers, organisations, the state organs that carried out acts against them and the UN bodies they engaged with or that raised their cases. Click a node to open its page; hover or focus it to see its links.</p>
${form}
${networkSection(placed)}`;
  return layout({ title: 'Network', section: '/network', head: VIZ_HEAD, scripts: VIZ_SCRIPTS }, body);
}

export interface NetworkSectionOptions {
  readonly heading?: string;
  /** The entity the neighbourhood is drawn around (drawn larger). */
  readonly centre?: string;
}

export function networkSection(placed: NetworkLayout, options: NetworkSectionOptions = {}): Html {
  const byId = new Map(placed.nodes.map((n) => [n.id, n]));
  const [x, y, w, h] = placed.viewBox;
  const usedNodes = NODE_KINDS.filter((k) => placed.nodes.some((n) => n.kind === k));
  const usedEdges = EDGE_KINDS.filter((k) => placed.edges.some((e) => e.kind === k));
  return html`<section class="viz-network" aria-label="${options.heading ?? 'Network'}">
${options.heading ? html`<h2>${options.heading}</h2>` : ''}
<p class="muted">${placed.nodes.length} nodes, ${placed.edges.length} links.</p>
${legend(usedNodes, usedEdges)}
<div class="net-wrap"><svg class="net-svg" viewBox="${x} ${y} ${w} ${h}" role="group" aria-label="Network drawing: ${placed.nodes.length} nodes, each a link to its page">
<g class="edges">${placed.edges.map((e) => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    const style = EDGE_STYLE[e.kind];
    return html`<line class="edge" data-source="${e.source}" data-target="${e.target}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${style.colour}"${style.dash ? html` stroke-dasharray="${style.dash}"` : ''}${e.weight > 1 ? html` stroke-width="${Math.min(5, 1.2 + e.weight * 0.5)}"` : ''}><title>${a.label} — ${style.label}${e.weight > 1 ? ` (${e.weight})` : ''} — ${b.label}</title></line>`;
  })}</g>
<g class="nodes">${placed.nodes.map((n) => nodeMark(n, n.iri === options.centre))}</g>
</svg></div>
<details><summary>The links as a table</summary><div class="table-wrap"><table><thead><tr><th scope="col">From</th><th scope="col">Link</th><th scope="col">To</th></tr></thead><tbody>${placed.edges.map((e) => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    return html`<tr><td><a href="${safeHref(a.path)}">${a.label}</a></td><td>${EDGE_STYLE[e.kind].label}${e.weight > 1 ? ` (${e.weight})` : ''}</td><td><a href="${safeHref(b.path)}">${b.label}</a></td></tr>`;
  })}</tbody></table></div></details>
</section>`;
}

function nodeMark(n: PlacedNode, centre: boolean): Html {
  const style = NODE_STYLE[n.kind];
  const r = centre ? 12 : 8;
  const shape =
    style.shape === 'circle'
      ? html`<circle cx="${n.x}" cy="${n.y}" r="${r}"/>`
      : style.shape === 'square'
        ? html`<rect x="${n.x - r}" y="${n.y - r}" width="${2 * r}" height="${2 * r}"/>`
        : style.shape === 'diamond'
          ? html`<path d="M${n.x} ${n.y - r - 2}L${n.x + r + 2} ${n.y}L${n.x} ${n.y + r + 2}L${n.x - r - 2} ${n.y}Z"/>`
          : html`<path d="M${n.x} ${n.y - r - 2}L${n.x + r + 2} ${n.y + r}L${n.x - r - 2} ${n.y + r}Z"/>`;
  const label = n.label.length > 26 ? `${n.label.slice(0, 25)}…` : n.label;
  return html`<a class="node" data-id="${n.id}" data-kind="${n.kind}" href="${safeHref(n.path)}"><title>${n.label} (${style.label})</title><g fill="${style.colour}" stroke="#fff" stroke-width="1.5">${shape}</g><text x="${n.x}" y="${n.y + r + 12}" text-anchor="middle"${centre ? html` font-weight="700"` : ''}>${label}</text></a>`;
}

function legend(nodes: readonly NodeKind[], edges: readonly EdgeKind[]): Html {
  return html`<ul class="net-legend" aria-label="Legend">${nodes.map((k) => {
    const s = NODE_STYLE[k];
    const mark =
      s.shape === 'circle' ? html`<circle cx="11" cy="6" r="5"/>` : s.shape === 'square' ? html`<rect x="6" y="1" width="10" height="10"/>` : s.shape === 'diamond' ? html`<path d="M11 0L17 6L11 12L5 6Z"/>` : html`<path d="M11 0L17 12L5 12Z"/>`;
    return html`<li><svg viewBox="0 0 22 12" aria-hidden="true"><g fill="${s.colour}">${mark}</g></svg>${s.label}</li>`;
  })}${edges.map((k) => {
    const s = EDGE_STYLE[k];
    return html`<li><svg viewBox="0 0 22 12" aria-hidden="true"><line x1="0" y1="6" x2="22" y2="6" stroke="${s.colour}" stroke-width="2"${s.dash ? html` stroke-dasharray="${s.dash}"` : ''}/></svg>${s.label}</li>`;
  })}</ul>`;
}
