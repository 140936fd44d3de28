// Extra sections of entity pages contributed by other views (a person's timeline, the
// neighbourhood network): each is a function of the graph and the entity's IRI returning
// server-rendered HTML, or undefined when it has nothing to show for that entity. The entity
// page (entity-view.ts) places `timeline` after the statements and `network` after the acts,
// each inside <section class="slot" id="entity-timeline|entity-network">. Scripts and styles a
// slot needs are listed in `scripts` / `head` (added to the page only when the slot renders).
import type { EntityGraph } from '../../domain/entity/entity-graph.js';
import { caseRecordsSection } from './case-records-section.js';
import type { Html } from './html.js';

export interface EntitySlots {
  /** "Other records of this case" (case-records-section.ts), from the page's own graph. */
  readonly caseRecords?: Html | '';
  readonly timeline?: Html;
  readonly network?: Html;
  readonly scripts?: readonly string[];
  readonly head?: Html;
}

export type EntitySlotProvider = (graph: EntityGraph, iri: string) => EntitySlots;

/** The providers, in order; later ones override earlier ones' fields. Views register here. */
export const ENTITY_SLOT_PROVIDERS: EntitySlotProvider[] = [];

export function entitySlots(graph: EntityGraph, iri: string): EntitySlots {
  return ENTITY_SLOT_PROVIDERS.reduce<EntitySlots>((slots, provide) => ({ ...slots, ...provide(graph, iri) }), { caseRecords: caseRecordsSection(iri, graph) });
}
