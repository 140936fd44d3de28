// The content of an entity's HTML page, independent of markup: names in English and Chinese,
// types, every statement (objects labelled and linked), statements of other resources that
// point at it, the source passages its facts cite (quoted, oa:exact), and the acts that
// involve it with their type, date and how it is involved (victim, perpetrator, place...).
import { DataFactory } from 'n3';
import { NS, OA, RDF_TYPE, RDFS_LABEL, REP } from '../../vocab.js';
import { citedPassages, type EntityDescription } from './describe-entity.js';
import type { EntityGraph } from './entity-graph.js';
import { localHref } from './entity-path.js';
import { linkView, statementViews, type LinkView, type StatementView } from './term-view.js';
import { passageContext, type PassageContext } from './passage-context.js';

const { namedNode } = DataFactory;

export interface PassageView {
  readonly iri: string;
  readonly href: string;
  readonly exact: string;
}

export interface ActView extends LinkView {
  readonly actTypes: readonly LinkView[];
  /** The date as printed, else the earliest–latest range, else undefined. */
  readonly date?: string;
  readonly earliest?: string;
  /** How the entity takes part: the labels of the properties linking the act to it. */
  readonly involvement: readonly LinkView[];
  readonly quotes: readonly string[];
}

export interface IncomingView {
  readonly subject: LinkView;
  readonly predicate: LinkView;
}

export interface EntityPage {
  readonly iri: string;
  readonly href: string;
  readonly title: string;
  readonly nameEn?: string;
  readonly nameZh?: string;
  readonly types: readonly LinkView[];
  readonly statements: readonly StatementView[];
  readonly incoming: readonly IncomingView[];
  readonly passages: readonly PassageView[];
  readonly acts: readonly ActView[];
  /** A source passage: its paragraph of the report, the passage marked. */
  readonly context?: PassageContext;
  /** A source passage: the resources that cite it (rep:source), acts first. */
  readonly citedBy: readonly LinkView[];
}

/** The statements an act's page shows first, in this order: who, by whom, when, where, what. */
const ACT_FIRST = [
  REP.victim,
  REP.perpetrator,
  NS.rep('responsibleState'),
  NS.rep('dateAsPrinted'),
  REP.earliestDate,
  REP.latestDate,
  NS.rep('datePrecision'),
  NS.rep('place'),
  REP.actType,
  NS.rep('actStatus'),
];

export function entityPage(graph: EntityGraph, description: EntityDescription): EntityPage {
  const { iri } = description;
  const ownTriples = graph.outgoing(namedNode(iri));
  const nameEn = graph.label(iri, 'en');
  const nameZh = graph.label(iri, 'zh');
  const isPassage = graph.isA(iri, REP.SourcePassage);
  const context = isPassage ? passageContext(graph, iri) : undefined;
  const statements = statementViews(
    graph,
    ownTriples.filter((quad) => quad.predicate.value !== RDF_TYPE),
    iri,
  );
  const title = nameEn ?? nameZh ?? (context ? `Passage ${context.start}–${context.end} of the report` : linkView(graph, iri).label);
  return {
    iri,
    href: localHref(iri),
    title,
    ...(nameEn ? { nameEn } : {}),
    ...(nameZh ? { nameZh } : {}),
    types: graph.types(iri).map((type) => linkView(graph, type)),
    statements: graph.isA(iri, REP.ReprisalAct) ? actFirst(statements) : statements,
    incoming: incomingViews(graph, iri, new Set(description.acts)).filter((i) => !isPassage || i.predicate.iri !== REP.source),
    ...(context ? { context } : {}),
    citedBy: isPassage ? citingResources(graph, iri) : [],
    passages: passageViews(graph, graph.isA(iri, REP.SourcePassage) ? [iri] : citedPassages(description.own)),
    acts: description.acts.map((act) => actView(graph, act, iri)).sort(compareActs),
  };
}

/** The act's victim, perpetrator, date, place and type first (ACT_FIRST order), then the rest as sorted. */
function actFirst(statements: readonly StatementView[]): StatementView[] {
  const rank = (s: StatementView) => {
    const i = ACT_FIRST.indexOf(s.predicate.iri);
    return i < 0 ? ACT_FIRST.length : i;
  };
  return [...statements].sort((a, b) => rank(a) - rank(b));
}

/** Resources citing the passage by rep:source: acts first, then by label. */
function citingResources(graph: EntityGraph, passage: string): LinkView[] {
  return graph
    .subjects(REP.source, passage)
    .filter((term) => term.termType === 'NamedNode')
    .map((term) => ({ view: linkView(graph, term.value), act: graph.isA(term, REP.ReprisalAct) }))
    .sort((a, b) => Number(b.act) - Number(a.act) || a.view.label.localeCompare(b.view.label, 'en'))
    .map((entry) => entry.view);
}

/** Statements of non-act resources pointing at the entity (acts have their own section). */
function incomingViews(graph: EntityGraph, iri: string, acts: ReadonlySet<string>): IncomingView[] {
  return graph
    .incoming(namedNode(iri))
    .filter((quad) => quad.subject.termType === 'NamedNode' && !acts.has(quad.subject.value))
    .map((quad) => ({ subject: linkView(graph, quad.subject.value), predicate: linkView(graph, quad.predicate.value) }))
    .sort((a, b) => a.subject.label.localeCompare(b.subject.label) || a.predicate.label.localeCompare(b.predicate.label));
}

export function passageViews(graph: EntityGraph, passages: readonly string[]): PassageView[] {
  return passages.map((passage) => ({
    iri: passage,
    href: localHref(passage),
    exact: passageQuote(graph, passage) ?? '',
  }));
}

/** The oa:exact of the passage's TextQuoteSelector. */
export function passageQuote(graph: EntityGraph, passage: string): string | undefined {
  for (const selector of graph.objects(passage, OA.hasSelector)) {
    const exact = graph.value(selector, OA.exact);
    if (exact !== undefined) return exact;
  }
  return undefined;
}

function actView(graph: EntityGraph, act: string, entity: string): ActView {
  const earliest = graph.value(act, REP.earliestDate);
  const latest = graph.value(act, REP.latestDate);
  const printed = graph.value(act, NS.rep('dateAsPrinted'));
  const range = earliest && latest ? (earliest === latest ? earliest : `${earliest} – ${latest}`) : earliest;
  const date = printed ?? range;
  const involvement = graph.store
    .getQuads(namedNode(act), null, namedNode(entity), null)
    .map((quad) => linkView(graph, quad.predicate.value));
  const base = linkView(graph, act);
  return {
    ...base,
    label: graph.value(act, RDFS_LABEL) ?? base.label,
    actTypes: graph.objects(act, REP.actType).map((type) => linkView(graph, type.value)),
    ...(date ? { date } : {}),
    ...(earliest ? { earliest } : {}),
    involvement,
    quotes: passageViews(
      graph,
      graph.objects(act, REP.source).map((term) => term.value),
    ).map((passage) => passage.exact),
  };
}

function compareActs(a: ActView, b: ActView): number {
  return (a.earliest ?? '9999').localeCompare(b.earliest ?? '9999') || a.iri.localeCompare(b.iri);
}
