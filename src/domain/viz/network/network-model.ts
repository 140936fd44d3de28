// The network's view model: who is linked to whom in the graph. Nodes are persons (typed by
// role: defender, relative, lawyer), groups, organisations, perpetrating state organs and UN
// bodies; edges are typed:
//   spouse, lawyer of, associate, family member   rep:PersonalRelation (from → to)
//   victim of an act by                           victim → perpetrator, one edge per pair (n acts)
//   engaged with                                  rep:engagedBy → the UN body engaged, or the body
//                                                 one hop from the meeting engaged (its reviewing body)
//   raised by                                     person or group → UN body of a rep:CaseRaising
//   member of                                     rep:Affiliation person → organisation
//   associated with                               group → the person it gathers around
// `neighbourhood` keeps one node and the nodes one edge away. Pure; linear in the graph's links.
import { NS, REP } from '../../../vocab.js';
import type { EntityGraph } from '../../entity/entity-graph.js';
import { localPath, slugOf } from '../viz-paths.js';

export const NODE_KINDS = ['defender', 'relative', 'lawyer', 'group', 'organisation', 'state-organ', 'un'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'spouse',
  'lawyer-of',
  'family-member',
  'associate',
  'victim-of-act-by',
  'engaged-with',
  'raised-by',
  'member-of',
  'associated-with',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export interface NetworkNode {
  readonly id: string;
  readonly iri: string;
  readonly path: string;
  readonly label: string;
  readonly kind: NodeKind;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: EdgeKind;
  /** Acts behind a victim-of-act-by edge, cases behind raised-by; 1 otherwise. */
  readonly weight: number;
}

export interface NetworkModel {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

const P = {
  relationType: NS.rep('relationType'),
  relationFrom: NS.rep('relationFrom'),
  relationTo: NS.rep('relationTo'),
  engagedBy: NS.rep('engagedBy'),
  engagedWith: NS.rep('engagedWith'),
  raisedBy: NS.rep('raisedBy'),
  concernsPerson: NS.rep('concernsPerson'),
  concernsAct: NS.rep('concernsAct'),
  affiliatedPerson: NS.rep('affiliatedPerson'),
  affiliatedWith: NS.rep('affiliatedWith'),
  associatedWith: NS.rep('associatedWith'),
  role: NS.rep('role'),
} as const;

const UN_CLASSES = [REP.UNEntity, REP.UNBody, REP.TreatyBody, REP.UNMechanism, REP.UNOffice, NS.rep('SpecialProcedureMandate')];
const RELATION_KINDS: Readonly<Record<string, EdgeKind>> = {
  spouse: 'spouse',
  'lawyer-of': 'lawyer-of',
  'family-member': 'family-member',
  associate: 'associate',
};

export function networkModel(graph: EntityGraph): NetworkModel {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (iri: string): string | undefined => {
    if (nodes.has(iri)) return iri;
    const kind = kindOf(graph, iri);
    if (!kind) return undefined;
    nodes.set(iri, { id: slugOf(iri), iri, path: localPath(iri), label: graph.label(iri) ?? slugOf(iri), kind });
    return iri;
  };
  const edge = (from: string | undefined, to: string | undefined, kind: EdgeKind) => {
    const source = from && node(from);
    const target = to && node(to);
    if (!source || !target || source === target) return;
    const key = `${source} ${target} ${kind}`;
    const old = edges.get(key);
    edges.set(key, { source: nodes.get(source)!.id, target: nodes.get(target)!.id, kind, weight: (old?.weight ?? 0) + 1 });
  };

  for (const relation of graph.instancesOf(REP.PersonalRelation)) {
    const kind = RELATION_KINDS[slugOf(graph.value(relation, P.relationType) ?? '')];
    if (kind) edge(graph.value(relation, P.relationFrom), graph.value(relation, P.relationTo), kind);
  }
  for (const act of graph.instancesOf(REP.ReprisalAct)) {
    for (const victim of graph.objects(act, REP.victim)) {
      for (const perpetrator of graph.objects(act, REP.perpetrator)) edge(victim.value, perpetrator.value, 'victim-of-act-by');
    }
  }
  for (const engagement of graph.instancesOf(REP.UNEngagement)) {
    const bodies = graph.objects(engagement, P.engagedWith).flatMap((target) =>
      isUn(graph, target.value) ? [target.value] : graph.outgoing(target).map((q) => q.object.value).filter((o) => isUn(graph, o)),
    );
    for (const by of graph.objects(engagement, P.engagedBy)) for (const body of new Set(bodies)) edge(by.value, body, 'engaged-with');
  }
  for (const raising of graph.instancesOf(REP.CaseRaising)) {
    const cases = [
      ...graph.objects(raising, P.concernsPerson).map((t) => t.value),
      ...graph.objects(raising, P.concernsAct).flatMap((act) => graph.objects(act, REP.victim).map((t) => t.value)),
    ];
    for (const body of graph.objects(raising, P.raisedBy)) for (const c of new Set(cases)) edge(c, body.value, 'raised-by');
  }
  for (const affiliation of graph.instancesOf(REP.Affiliation)) {
    edge(graph.value(affiliation, P.affiliatedPerson), graph.value(affiliation, P.affiliatedWith), 'member-of');
  }
  for (const group of graph.instancesOf(REP.PersonGroup)) {
    for (const person of graph.objects(group, P.associatedWith)) edge(group, person.value, 'associated-with');
  }
  const sorted = [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { nodes: sorted, edges: [...edges.values()].sort((a, b) => `${a.source} ${a.target}`.localeCompare(`${b.source} ${b.target}`)) };
}

const networks = new WeakMap<EntityGraph, NetworkModel>();

/** The network of the whole graph, built once per graph (the graph is immutable while serving). */
export function sharedNetwork(graph: EntityGraph): NetworkModel {
  let model = networks.get(graph);
  if (!model) networks.set(graph, (model = networkModel(graph)));
  return model;
}

/** Only nodes of `kinds` and edges of `edgeKinds` between them; nodes left without an edge are dropped. */
export function filterNetwork(model: NetworkModel, kinds: ReadonlySet<NodeKind>, edgeKinds: ReadonlySet<EdgeKind>): NetworkModel {
  const keep = new Set(model.nodes.filter((n) => kinds.has(n.kind)).map((n) => n.id));
  const edges = model.edges.filter((e) => edgeKinds.has(e.kind) && keep.has(e.source) && keep.has(e.target));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: model.nodes.filter((n) => linked.has(n.id)), edges };
}

/** The node of `iri` and every node one edge away, with the edges that touch it. */
export function neighbourhood(model: NetworkModel, iri: string): NetworkModel {
  const centre = model.nodes.find((n) => n.iri === iri);
  if (!centre) return { nodes: [], edges: [] };
  const edges = model.edges.filter((e) => e.source === centre.id || e.target === centre.id);
  const ids = new Set([centre.id, ...edges.flatMap((e) => [e.source, e.target])]);
  return { nodes: model.nodes.filter((n) => ids.has(n.id)), edges };
}

function kindOf(graph: EntityGraph, iri: string): NodeKind | undefined {
  if (graph.isA(iri, REP.Person)) {
    const roles = graph.objects(iri, P.role).map((r) => slugOf(r.value));
    if (roles.includes('lawyer')) return 'lawyer';
    if (roles.includes('relative-of-defender')) return 'relative';
    return 'defender';
  }
  if (graph.isA(iri, REP.PersonGroup)) return 'group';
  if (graph.isA(iri, REP.StateOrgan)) return 'state-organ';
  if (isUn(graph, iri)) return 'un';
  if (graph.isA(iri, REP.NGO) || graph.isA(iri, REP.Organisation)) return 'organisation';
  return undefined;
}

function isUn(graph: EntityGraph, iri: string): boolean {
  return UN_CLASSES.some((cls) => graph.isA(iri, cls));
}
