// ishr_cases.csv (`kg export --ishr`, and tables/ishr_cases.csv of the release): one row per person
// and reprisal act (the person is a rep:victim of the act), in the column layout of an ISHR End
// Reprisals case record (data/links/crosswalk/ishr-fields.tsv, field order kept), so a researcher
// can set these cases beside ISHR's. Two id columns of ours come first, for joins.
// A cell is filled only where the CHRD report states the field (or, for the two SG-report
// columns, where the checked crosswalk gives ISHR's code and the report's symbol); everything
// else — gender, nationality, age, status, region — stays empty. Values of ISHR's multiselect
// fields are ISHR's own labels, reached through the reviewed SKOS mapping
// (ontology/ishr-mapping.ttl: exactMatch, closeMatch or broadMatch from our concept or one it
// is narrower than); several values are joined with "; ".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_IRI, DATA_DIR } from '../../../config.js';
import { parseTsv } from '../../links/tsv.js';
import { NS, RDF_TYPE, REP } from '../../../vocab.js';
import type { GraphView } from '../graph-view.js';
import { sortRows, type FieldSpec, type Row, type Table, type TableSpec } from '../table.js';

const P = (local: string) => NS.rep(local);
const ISHR = `${BASE_IRI}vocab/ishr/`;
const MATCHES = ['exactMatch', 'closeMatch', 'broadMatch'].map((m) => NS.skos(m));
export const ISHR_FIELDS_FILE = path.join(DATA_DIR, 'links', 'crosswalk', 'ishr-fields.tsv');
const JOIN = '; ';

/** ISHR's fields, in the order of ishr-fields.tsv. */
export function ishrFieldNames(file: string = ISHR_FIELDS_FILE): string[] {
  return parseTsv(readFileSync(file, 'utf8'), 'ishr-fields.tsv', ['field']).map((r) => r.cells.field ?? '');
}

/** What each ISHR column holds here (the codebook's text); fields not named stay empty. */
const FILLED: Readonly<Record<string, string>> = {
  'Location of case in SG report': "ISHR's code of this person's case (YYYY-PPP-NNN), from the checked crosswalk (data/links/crosswalk/ishr-end-reprisals.tsv); per person, not per act.",
  'Relevant SG report': "UN document symbol of the Secretary-General's reprisals report that the CHRD report says raised this person's case or act (symbol from the checked crosswalk, else the report's label).",
  'Year of the report': 'Year of that reprisals report.',
  'From Country': 'The state the report holds responsible for the act (rep:responsibleState).',
  'UN body that raised the case prior to the SG report': "ISHR's value(s) for the UN bodies other than the Secretary-General that the report says raised the case, through the SKOS mapping.",
  'Dates of prior UN action': 'Dates of those raisings as printed in the report. Prior means: ended (rep:latestDate) before the year of the first SG report raising the case; with no such report the two columns stay empty.',
  'Type of record': '"Named individual": every row is a person the report names.',
  "Individual's/organization's activity": "The person's roles as the report states them (rep:role), joined with \"; \".",
  'Reported trigger of reprisal': 'The engagement with the UN the report says the act punished (rep:inRetaliationFor), by its label.',
  'Engagement with UN body': "ISHR's value(s) for the UN body of that engagement, through the SKOS mapping.",
  'Dates of engagement': 'Dates of that engagement as printed in the report.',
  'Type of attempted engagement': "ISHR's value(s) for the engagement's type, through the SKOS mapping.",
  'Dates of mentioned reprisals': 'Date of the act as printed in the report.',
  'Location of mentioned reprisals': 'Place of the act (rep:place), by its label.',
  'Reprisal information': "The act as this graph summarises it (its label).",
  'Types of reprisals suffered': "ISHR's value(s) for the act's types, through the SKOS mapping (from the act type or a broader one).",
  'Alleged/likely perpetrators': '"State actors" when the report names a state or state organ as perpetrator.',
};

export function ishrCasesSpec(fields: readonly string[] = ishrFieldNames()): TableSpec {
  const columns: FieldSpec[] = [
    { name: 'hrd_person_iri', type: 'string', format: 'uri', required: true, description: "This graph's IRI of the person (not an ISHR column: for joins)." },
    { name: 'hrd_act_iri', type: 'string', format: 'uri', required: true, description: "This graph's IRI of the reprisal act (not an ISHR column: for joins)." },
    ...fields.map((name): FieldSpec => ({
      name,
      type: 'string',
      description: `ISHR End Reprisals field "${name}". ${FILLED[name] ?? 'Left empty: the CHRD report does not state it.'}`,
    })),
  ];
  return {
    name: 'ishr_cases',
    title: "The cases in ISHR's End Reprisals column layout",
    description: "One row per person and reprisal act, with the columns of an ISHR End Reprisals case record (HURIDOCS Uwazi; data/links/crosswalk/ishr-fields.tsv), filled where the CHRD report states the field and empty where it does not (gender and similar fields stay empty). Multiselect values are ISHR's own labels, through the reviewed SKOS mapping in ontology/ishr-mapping.ttl; several are joined with \"; \".",
    primaryKey: ['hrd_person_iri', 'hrd_act_iri'],
    fields: columns,
  };
}

export function ishrCasesTable(view: GraphView): Table {
  const spec = ishrCasesSpec();
  const join = (values: readonly (string | undefined)[]) => {
    const unique = [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
    return unique.length > 0 ? unique.join(JOIN) : undefined;
  };
  /** ISHR labels of the ISHR values our concept (or one it is narrower than) maps to, in one scheme. */
  const ishrValues = (iri: string, scheme: string, broader = true) =>
    (broader ? view.broaderClosure(iri) : [iri]).flatMap((c) => MATCHES.flatMap((m) => view.values(c, m)))
      .filter((v) => v.startsWith(ISHR) && view.values(v, NS.skos('inScheme')).includes(`${ISHR}${scheme}`))
      .map((v) => view.one(v, NS.skos('prefLabel'), 'en'));
  const symbolOf = (report: string) => view.values(report, P('documentSymbol'))[0] ?? view.label(report);

  const acts = view.store.getSubjects(RDF_TYPE, REP.ReprisalAct, null).map((t) => t.value);
  const rows: Row[] = [];
  for (const act of acts) {
    for (const person of view.values(act, REP.victim).filter((v) => view.values(v, RDF_TYPE).includes(REP.Person))) {
      const raisings = [...view.store.getSubjects(P('concernsAct'), act, null), ...view.store.getSubjects(P('concernsPerson'), person, null)]
        .map((t) => t.value).filter((r, i, all) => all.indexOf(r) === i)
        .sort((a, b) => (view.one(a, REP.earliestDate) ?? '').localeCompare(view.one(b, REP.earliestDate) ?? '') || a.localeCompare(b));
      const sgReports = raisings.flatMap((r) => view.values(r, P('raisedIn'))).filter((d) => view.values(d, RDF_TYPE).includes(P('ReprisalsReport')))
        .filter((d, i, all) => all.indexOf(d) === i).sort();
      // "Prior to the SG report": other bodies' raisings that ended before the year of the first
      // SG report raising the case; with no SG report there is nothing to be prior to (empty).
      const firstYear = sgReports.flatMap((d) => view.values(d, P('reportYear'))).sort()[0];
      const prior = raisings.filter((r) => !view.values(r, P('raisedBy')).includes(NS.id('un/secretary-general')))
        .filter((r) => firstYear !== undefined && (view.one(r, REP.latestDate) ?? '9999') < `${firstYear}-01-01`);
      const engagements = view.values(act, P('inRetaliationFor'));
      const engagedWith = engagements.flatMap((e) => view.values(e, P('engagedWith'))).flatMap((t) => [t, ...view.values(t, P('reviewingBody'))]);
      const perpetrators = view.values(act, REP.perpetrator);
      const cells: Record<string, string | undefined> = {
        'Location of case in SG report': join(view.values(person, P('caseRecord')).flatMap((r) => view.values(r, P('ishrCode'))).sort()),
        'Relevant SG report': join(sgReports.map(symbolOf)),
        'Year of the report': join(sgReports.flatMap((d) => view.values(d, P('reportYear')))),
        'From Country': join(view.values(act, P('responsibleState')).map((s) => view.label(s))),
        'UN body that raised the case prior to the SG report': join(prior.flatMap((r) => view.values(r, P('raisedBy'))).flatMap((b) => ishrValues(b, 'un-body-that-raised-the-case', false))),
        'Dates of prior UN action': join(prior.map((r) => view.one(r, P('dateAsPrinted')))),
        'Type of record': 'Named individual',
        "Individual's/organization's activity": join(view.values(person, P('role')).map((r) => view.label(r))),
        'Reported trigger of reprisal': join(engagements.map((e) => view.label(e))),
        'Engagement with UN body': join(engagedWith.flatMap((b) => ishrValues(b, 'engagement-with-un-body', false))),
        'Dates of engagement': join(engagements.map((e) => view.one(e, P('dateAsPrinted')))),
        'Type of attempted engagement': join(engagements.flatMap((e) => view.values(e, P('engagementType'))).flatMap((t) => ishrValues(t, 'type-of-attempted-engagement'))),
        'Dates of mentioned reprisals': view.one(act, P('dateAsPrinted')),
        'Location of mentioned reprisals': join(view.values(act, P('place')).map((p) => view.label(p))),
        'Reprisal information': view.label(act),
        'Types of reprisals suffered': join(view.values(act, REP.actType).flatMap((t) => ishrValues(t, 'types-of-reprisals-suffered'))),
        'Alleged/likely perpetrators': perpetrators.some((p) => [P('State'), P('StateOrgan')].some((c) => view.values(p, RDF_TYPE).includes(c))) ? 'State actors' : undefined,
      };
      const row: Record<string, string | undefined> = { hrd_person_iri: person, hrd_act_iri: act };
      for (const field of spec.fields.slice(2)) row[field.name] = cells[field.name];
      rows.push(row);
    }
  }
  return { spec, rows: sortRows(rows, spec.primaryKey) };
}
