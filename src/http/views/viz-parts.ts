// Parts every visual view shares: the act-type family palette (Okabe–Ito colours, each with its
// own SVG pattern so no family is told by colour alone), its legend, and the filter form (a plain
// GET form, readable and usable without JavaScript; /assets/viz/viz.js submits it on change).
import { FAMILY_SLUGS, type ActFamily, type FamilySlug } from '../../domain/viz/act-families.js';
import type { FilterChoice, FilterOptions } from '../../domain/viz/filter-options.js';
import type { VizFilter } from '../../domain/viz/act-filter.js';
import { html, raw, type Html } from './html.js';

/** The stylesheet and script of the visual views (public/viz/). */
export const VIZ_HEAD = raw('<link rel="stylesheet" href="/assets/viz/viz.css">');
export const VIZ_SCRIPTS = ['/assets/viz/viz.js'] as const;

/** Colour and pattern of each family; the pattern marks are white over the colour. */
const PALETTE: Readonly<Record<FamilySlug, { readonly colour: string; readonly marks: string }>> = {
  'deprivation-of-liberty': { colour: '#0072b2', marks: '' },
  'physical-integrity': { colour: '#d55e00', marks: '<path d="M0 6L6 0" stroke="#fff" stroke-width="1.4"/>' },
  'judicial-harassment': { colour: '#8a4f7d', marks: '<circle cx="3" cy="3" r="1.2" fill="#fff"/>' },
  'restriction-of-movement': { colour: '#007a5a', marks: '<path d="M0 3H6" stroke="#fff" stroke-width="1.2"/>' },
  intimidation: { colour: '#b07800', marks: '<path d="M0 0L6 6M6 0L0 6" stroke="#fff" stroke-width="1"/>' },
  'professional-and-organisational': { colour: '#3a7fae', marks: '<path d="M3 0V6" stroke="#fff" stroke-width="1.2"/>' },
};

export function familyFill(slug: FamilySlug | undefined): string {
  return slug ? `url(#viz-fam-${slug})` : '#8a949e';
}

export function familyColour(slug: FamilySlug | undefined): string {
  return slug ? PALETTE[slug].colour : '#8a949e';
}

/** One hidden SVG holding the patterns and masks the page's charts refer to by id. */
export function vizDefs(): Html {
  const patterns = FAMILY_SLUGS.map(
    (slug) =>
      `<pattern id="viz-fam-${slug}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${PALETTE[slug].colour}"/>${PALETTE[slug].marks}</pattern>`,
  ).join('');
  const fade = (id: string, stops: string) =>
    `<linearGradient id="${id}-g">${stops}</linearGradient><mask id="${id}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${id}-g)"/></mask>`;
  return raw(
    `<svg class="viz-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>${patterns}` +
      fade('viz-fade-both', '<stop offset="0" stop-color="#fff" stop-opacity=".15"/><stop offset=".3" stop-color="#fff"/><stop offset=".7" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity=".15"/>') +
      fade('viz-fade-left', '<stop offset="0" stop-color="#fff" stop-opacity="0"/><stop offset="1" stop-color="#fff"/>') +
      `<marker id="viz-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#1d2329"/></marker>` +
      `</defs></svg>`,
  );
}

/** A swatch of one family (pattern + colour), 1.2em square, hidden from assistive technology. */
export function swatch(slug: FamilySlug | undefined): Html {
  return html`<svg class="viz-swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><rect width="12" height="12" fill="${familyFill(slug)}" stroke="#1d2329" stroke-width=".6"/></svg>`;
}

export function familyLegend(families: readonly ActFamily[], counts?: ReadonlyMap<FamilySlug, number>): Html {
  return html`<ul class="viz-legend" aria-label="Act-type families">${families.map(
    (f) => html`<li>${swatch(f.slug)} ${f.label}${counts ? html` <span class="muted">(${counts.get(f.slug) ?? 0})</span>` : ''}</li>`,
  )}</ul>`;
}

/** The filter form of the views; `action` is the view's own path. */
export function filterForm(action: string, options: FilterOptions, filter: VizFilter | undefined): Html {
  const given = filter?.given ?? {};
  const select = (name: keyof FilterOptions & string, label: string, choices: readonly FilterChoice[], all: string) => html`<label>${label}
<select name="${name}"><option value="">${all}</option>${choices.map(
    (c) => html`<option value="${c.value}"${given[name as keyof typeof given] === c.value ? raw(' selected') : ''}>${c.label}</option>`,
  )}</select></label>`;
  const [first, last] = options.years;
  const year = (name: 'from' | 'to', label: string) => html`<label>${label}
<input name="${name}" type="number" inputmode="numeric" min="${first}" max="${last}" placeholder="${name === 'from' ? first : last}" value="${given[name] ?? ''}"></label>`;
  return html`<form class="viz-filters" action="${action}" method="get" aria-label="Filters">
${select('type', 'Act type', options.type, 'all types')}
${year('from', 'From year')}${year('to', 'To year')}
${select('place', 'Place', options.place, 'all places')}
${select('perpetrator', 'Perpetrator', options.perpetrator, 'all perpetrators')}
${select('unBody', 'UN body', options.unBody, 'all UN bodies')}
${select('status', 'Status', options.status, 'any status')}
<p class="viz-filter-actions"><button type="submit">Apply</button> <a href="${action}">Clear filters</a></p>
</form>`;
}
