// proceedings.csv: one row per legal proceeding (the criminal case against one person) with its
// sentence folded in (a proceeding has at most one rep:sentence), and the span of its steps —
// the acts with rep:inProceeding, whose own rows are in acts.csv.
import { NS, REP } from '../../../vocab.js';
import { slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { booleanCell, conceptField, dateCells, dateFields, idField, iriField, labelField, SCHEME } from './common-fields.js';

const P = (local: string) => NS.rep(local);

export const PROCEEDINGS: TableSpec = {
  name: 'proceedings',
  title: 'Legal proceedings and sentences',
  description: 'One row per criminal case (rep:LegalProceeding) with its sentence (rep:Sentence), if any.',
  rowClass: REP.LegalProceeding,
  primaryKey: ['proceeding_id'],
  fields: [
    idField('proceeding_id', 'proceeding'),
    iriField('iri', 'IRI of the proceeding (https://w3id.org/hrd-reprisals/id/proceeding/{proceeding_id}).', true),
    labelField(),
    { name: 'defendant_id', type: 'string', required: true, property: P('defendant'), description: 'As persons.person_id.' },
    conceptField('charge', REP.charge, SCHEME.charge),
    { name: 'charge_label', type: 'string', description: "The charge concept's English label." },
    { ...conceptField('proceeding_status', P('proceedingStatus'), SCHEME.status, 'Empty when the report does not say where the case stood.'), conceptValues: 'used' },
    { name: 'first_step_earliest_date', type: 'date', property: REP.earliestDate, description: 'The earliest date bound among the steps of the proceeding (acts with this proceeding_id).' },
    { name: 'last_step_latest_date', type: 'date', property: REP.latestDate, description: 'The latest date bound among the steps of the proceeding.' },
    { name: 'sentence_id', type: 'string', property: P('sentence'), description: 'Id of the sentence (last segment of its IRI); empty when there is none.' },
    { name: 'court_iri', type: 'string', format: 'uri', property: P('court'), description: 'As organisations.iri.' },
    { name: 'court_label', type: 'string', description: "The court's English label." },
    ...dateFields('sentence_').map((f) => ({ ...f, description: `Of the sentence. ${f.description}`.trim() })),
    conceptField('convicted_of', P('convictedOf'), SCHEME.charge),
    { name: 'convicted_of_as_printed', type: 'string', property: P('chargeAsPrinted'), description: "The offence in the report's words." },
    { name: 'prison_term', type: 'duration', property: P('prisonTerm'), description: 'ISO 8601 duration (P13Y = 13 years).' },
    { name: 'prison_term_months', type: 'integer', description: 'The prison term in months (years × 12 + months), for arithmetic.' },
    { name: 'suspended', type: 'boolean', property: P('suspended'), description: '' },
    { name: 'suspended_for', type: 'duration', property: P('suspendedFor'), description: 'ISO 8601 duration.' },
  ],
  foreignKeys: [
    { fields: 'defendant_id', reference: { resource: 'persons', fields: 'person_id' } },
    { fields: 'court_iri', reference: { resource: 'organisations', fields: 'iri' } },
  ],
};

export function proceedingsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.LegalProceeding).map((iri) => {
    const sentence = view.one(iri, P('sentence'));
    const steps = view.subjects(P('inProceeding'), iri);
    const charge = view.one(iri, REP.charge);
    const court = sentence && view.one(sentence, P('court'));
    const term = sentence && view.one(sentence, P('prisonTerm'));
    return {
      proceeding_id: slugOf(iri),
      iri,
      label: view.label(iri),
      defendant_id: slugOf(view.one(iri, P('defendant'))),
      charge: slugOf(charge),
      charge_label: view.label(charge),
      proceeding_status: slugOf(view.one(iri, P('proceedingStatus'))),
      first_step_earliest_date: steps.map((s) => view.one(s, REP.earliestDate)).filter(isDefined).sort()[0],
      last_step_latest_date: steps.map((s) => view.one(s, REP.latestDate)).filter(isDefined).sort().pop(),
      sentence_id: slugOf(sentence),
      court_iri: court,
      court_label: view.label(court),
      ...dateCells(view, sentence, 'sentence_'),
      convicted_of: slugOf(sentence && view.one(sentence, P('convictedOf'))),
      convicted_of_as_printed: sentence && view.one(sentence, P('chargeAsPrinted')),
      prison_term: term,
      prison_term_months: term === undefined ? undefined : months(term),
      suspended: booleanCell(sentence && view.one(sentence, P('suspended'))),
      suspended_for: sentence && view.one(sentence, P('suspendedFor')),
    };
  });
  return { spec: PROCEEDINGS, rows: sortRows(rows, PROCEEDINGS.primaryKey) };
}

const isDefined = <T>(x: T | undefined): x is T => x !== undefined;

/** Months of an xsd:duration with only years and months (P13Y, P1Y6M); throws on days or times. */
export function months(duration: string): number {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?$/u.exec(duration);
  if (!match || duration === 'P') throw new Error(`prison term ${duration} is not a duration in years and months`);
  return Number(match[1] ?? 0) * 12 + Number(match[2] ?? 0);
}
