// The six families of the act-type scheme (the top concepts of vocab/act-type, reached from any
// act type along skos:broader), in the fixed order every view uses for colours, patterns and
// legends. An act with types in several families is drawn in its first family of this order
// (the most severe) and lists all of them in its text.
import { NS } from '../../vocab.js';
import type { EntityGraph } from '../entity/entity-graph.js';

export const FAMILY_SLUGS = [
  'deprivation-of-liberty',
  'physical-integrity',
  'judicial-harassment',
  'restriction-of-movement',
  'intimidation',
  'professional-and-organisational',
] as const;

export type FamilySlug = (typeof FAMILY_SLUGS)[number];

export interface ActFamily {
  readonly slug: FamilySlug;
  readonly iri: string;
  readonly label: string;
}

const BROADER = NS.skos('broader');

/** The families with their English labels from the graph (the slug when a label is missing). */
export function actFamilies(graph: EntityGraph): ActFamily[] {
  return FAMILY_SLUGS.map((slug) => {
    const iri = NS.acttype(slug);
    return { slug, iri, label: graph.label(iri) ?? slug };
  });
}

/** The family of one act-type concept: the concept itself when it is a family, else its nearest family above. */
export function familyOfType(graph: EntityGraph, type: string): FamilySlug | undefined {
  const seen = new Set<string>();
  let frontier = [type];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const concept of frontier) {
      if (seen.has(concept)) continue;
      seen.add(concept);
      const slug = FAMILY_SLUGS.find((s) => NS.acttype(s) === concept);
      if (slug) return slug;
      next.push(...graph.objects(concept, BROADER).map((term) => term.value));
    }
    frontier = next;
  }
  return undefined;
}

/** The families of an act's types, in FAMILY_SLUGS order, without repeats. */
export function familiesOfAct(graph: EntityGraph, act: string): FamilySlug[] {
  const found = new Set(
    graph.objects(act, NS.rep('actType')).map((type) => familyOfType(graph, type.value)).filter((f) => f !== undefined),
  );
  return FAMILY_SLUGS.filter((slug) => found.has(slug));
}
