// What the visual views add to other pages (the slots their owners leave):
//   entity pages (views/entity-slots.ts): the timeline of the acts a person or group suffered,
//     and the entity's network neighbourhood (itself and everything one link away);
//   the home page (views/home-view.ts HomeSlots): the standing charts, computed with SPARQL
//     through the engine, and the chart view of query results (public/viz/query-chart.js).
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import type { QueryEngine } from '../../engine/query-engine.js';
import { actFamilies } from '../../domain/viz/act-families.js';
import { layoutNetwork } from '../../domain/viz/network/network-layout.js';
import { neighbourhood, sharedNetwork } from '../../domain/viz/network/network-model.js';
import { actsOfVictim, timelineModel } from '../../domain/viz/timeline/timeline-model.js';
import { chartsSection } from '../views/charts-view.js';
import type { EntitySlots } from '../views/entity-slots.js';
import type { HomeSlots } from '../views/home-view.js';
import { networkSection } from '../views/network-view.js';
import { timelineSection } from '../views/timeline-view.js';
import { VIZ_HEAD, VIZ_SCRIPTS } from '../views/viz-parts.js';
import { standingCharts } from './standing-charts.js';

export function vizEntitySlots(graph: EntityGraph, iri: string): EntitySlots {
  const acts = actsOfVictim(graph, iri);
  const around = neighbourhood(sharedNetwork(graph), iri);
  if (acts.length === 0 && around.edges.length === 0) return {};
  return {
    ...(acts.length > 0
      ? { timeline: timelineSection(timelineModel(graph, acts), actFamilies(graph), { heading: 'Timeline of the acts against them', id: 'timeline' }) }
      : {}),
    ...(around.edges.length > 0 ? { network: networkSection(layoutNetwork(around), { heading: 'Network around this entity', centre: iri }) } : {}),
    head: VIZ_HEAD,
    scripts: VIZ_SCRIPTS,
  };
}

/** The home page's charts (one SPARQL run per process, see standingCharts). */
export async function vizHomeSlots(engine: QueryEngine, graph: EntityGraph): Promise<HomeSlots> {
  return {
    charts: chartsSection(await standingCharts(engine), actFamilies(graph)),
    head: VIZ_HEAD,
    scripts: [...VIZ_SCRIPTS, '/assets/viz/query-chart.js'],
  };
}
