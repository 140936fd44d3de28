// Shapes of the W3C Entity Reconciliation API as OpenRefine speaks it (Reconciliation Service
// API v0.2, https://reconciliation-api.github.io/specs/0.2/): queries, candidates, data
// extension. Entity ids are the graph's IRIs below `…/id/` ("person/wang-yu-lawyer"), type ids
// the local names of ontology classes ("Person"): the manifest's identifierSpace and schemaSpace.
import { BASE_IRI } from '../../config.js';
import { NS, REP } from '../../vocab.js';

export const IDENTIFIER_SPACE = `${BASE_IRI}id/`;
export const SCHEMA_SPACE = `${BASE_IRI}ontology#`;

export interface ReconcileType {
  readonly id: string;
  readonly name: string;
  /** Ontology classes; an entity is of this type when one of its classes is one of these or below. */
  readonly classes: readonly string[];
}

/** The types a query may filter on, most specific first (so a candidate lists UN entity before organisation). */
export const RECONCILE_TYPES: readonly ReconcileType[] = [
  { id: 'Person', name: 'person', classes: [REP.Person] },
  { id: 'UNEntity', name: 'UN body, mechanism or office', classes: [REP.UNEntity] },
  { id: 'Organisation', name: 'organisation (NGO, state organ, state)', classes: [REP.Organisation] },
  { id: 'Place', name: 'place', classes: [REP.Place] },
  { id: 'Instrument', name: 'human-rights instrument', classes: [NS.rep('Instrument')] },
  { id: 'Event', name: 'event (UN review, session, visit, training, crackdown)', classes: [NS.rep('UNMeeting'), NS.rep('Crackdown'), NS.rep('Training')] },
];

/** The default types of the manifest: the four a researcher's column usually holds. */
export const DEFAULT_TYPE_IDS = ['Person', 'Organisation', 'UNEntity', 'Place'] as const;

/** A property constraint of a query (§ "Query Request": `properties: [{pid, v}]`). */
export interface PropertyConstraint {
  readonly pid: string;
  /** A string, a number, a boolean, or `{ id }` of an entity; or a list of those. */
  readonly v: unknown;
}

export interface ReconcileQuery {
  /** Optional in 0.2 when `properties` are given (the specs' no-query-string example). */
  readonly query?: string;
  /** A type id, or several. */
  readonly type?: string | readonly string[];
  readonly limit?: number;
  readonly properties?: readonly PropertyConstraint[];
  /** Accepted and ignored: every type filter here is strict ("any" semantics over the listed types). */
  readonly type_strict?: string;
}

export interface TypeRef {
  readonly id: string;
  readonly name: string;
}

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly type: readonly TypeRef[];
  /** 0–100; 100 only for an exact name or alias. */
  readonly score: number;
  /** True only for the one exact match of the query among candidates of the requested types. */
  readonly match: boolean;
  readonly description?: string;
  /** Which name matched and how ("exact label @zh", "alias", "partial"), for curators. */
  readonly features?: readonly { readonly id: string; readonly value: number | boolean }[];
}

/**
 * A value of a data-extension cell (§ "Data Extension": str, id+name, date, int, float, bool).
 * `date` is a full ISO 8601 date-time (the 0.2 schema's pattern), e.g. 2013-09-01T00:00:00Z.
 */
export type ExtendValue =
  | { readonly str: string }
  | { readonly id: string; readonly name: string }
  | { readonly date: string }
  | { readonly int: number };

export interface ExtendProperty {
  readonly id: string;
  readonly name: string;
}
