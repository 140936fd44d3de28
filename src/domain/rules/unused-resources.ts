// Rule: no resource is defined and unused. An entity of the data part (a person, group,
// organisation, place, event, document, UN body, instrument, sentence, source passage) that no
// other resource points to is either left over from an edit or a fact without its statement.
// Statements stand on their own and are exempt: acts, engagements, proceedings, relations,
// affiliations, raisings, recommendations, state positions, the source document, and any
// resource with its own rep:source (the report names it there: "the 2018 CERD review").
import type { Term } from 'n3';
import { NS, RDF_TYPE, REP } from '../../vocab.js';
import type { Violation } from '../validation-report.js';
import { ruleViolation, subClassesOf, type RuleContext } from './rule-context.js';

const STATEMENTS = [
  REP.ReprisalAct,
  REP.UNEngagement,
  REP.LegalProceeding,
  REP.PersonalRelation,
  REP.Affiliation,
  REP.CaseRaising,
  REP.Recommendation,
  NS.rep('StatePosition'),
  REP.SourceDocument,
];

export function unusedResourcesRule(context: RuleContext): Violation[] {
  const { store } = context;
  const exempt = new Set(STATEMENTS.flatMap((statement) => [...subClassesOf(store, statement)]));
  const defined = new Map<string, Term>();
  for (const quad of context.data) {
    if (quad.predicate.value === RDF_TYPE && quad.subject.termType === 'NamedNode') defined.set(quad.subject.value, quad.subject);
  }
  const violations: Violation[] = [];
  for (const resource of defined.values()) {
    const types = store.getObjects(resource, RDF_TYPE, null).map((type) => type.value);
    if (types.some((type) => exempt.has(type))) continue;
    if (store.countQuads(resource, REP.source, null, null) > 0) continue;
    const used = store.getQuads(null, null, resource, null).some((quad) => !quad.subject.equals(resource));
    if (used) continue;
    const passage = types.includes(REP.SourcePassage);
    violations.push(
      ruleViolation(
        resource,
        RDF_TYPE,
        passage
          ? 'The passage is described but no resource cites it (rep:source): cite it or remove its block (scripts/resolve-quotes.ts writes only the passages a file cites).'
          : 'The resource is defined but nothing points to it: use it where the report names it (victim, perpetrator, place, raisedIn...) or remove it.',
        store.getObjects(resource, RDF_TYPE, null)[0],
      ),
    );
  }
  return violations;
}
