// persons.csv: one row per named person (rep:Person), with both printed names, the description
// the report gives, the situation at the report's date (derived: person-status.ts) and the
// checked links to Wikidata and English Wikipedia (schema:sameAs in data/links/; empty until a
// link is reviewed there). Roles, several per person, are in person_roles.csv.
import { NS, REP, RDFS_LABEL } from '../../../vocab.js';
import { MultiValuedCellError, slugOf, type GraphView } from '../graph-view.js';
import { sortRows, type Table, type TableSpec } from '../table.js';
import { idField, iriField } from './common-fields.js';
import { PERSON_STATUSES, statusAtReportDate } from './person-status.js';

const WIKIDATA = NS.wd.iri;
const WIKIPEDIA = 'https://en.wikipedia.org/wiki/';

export const PERSONS: TableSpec = {
  name: 'persons',
  title: 'Persons',
  description: 'Every person the report names: defenders, lawyers, relatives, UN officials, NGO staff.',
  rowClass: REP.Person,
  primaryKey: ['person_id'],
  fields: [
    idField('person_id', 'person'),
    iriField('iri', 'IRI of the person (https://w3id.org/hrd-reprisals/id/person/{person_id}).', true),
    { name: 'name_en', type: 'string', required: true, property: RDFS_LABEL, description: 'Name in Latin script as printed (rdfs:label @en).' },
    { name: 'name_zh', type: 'string', property: RDFS_LABEL, description: 'Name in Chinese characters as printed (rdfs:label @zh); empty when the report gives none.' },
    { name: 'description', type: 'string', property: NS.rep('description'), description: '' },
    { name: 'ethnicity', type: 'string', property: NS.rep('ethnicity'), description: '' },
    { name: 'citizenship_iri', type: 'string', format: 'uri', property: NS.rep('citizenship'), description: 'As places.iri (the state).' },
    { name: 'birth_place_iri', type: 'string', format: 'uri', property: NS.rep('birthPlace'), description: 'As places.iri.' },
    {
      name: 'status_at_report_date',
      type: 'string',
      required: true,
      enum: PERSON_STATUSES,
      description:
        "Situation at the report's date (2018-11-01), derived from the acts against the person: deceased (victim of a death in custody); deprived-of-liberty (an ongoing act in the deprivation-of-liberty family, or an ongoing conviction with an unsuspended prison term); movement-restricted (an ongoing act restricting movement); other-ongoing-act; no-ongoing-act-reported (the report states no act as ongoing — not evidence of freedom).",
    },
    { name: 'status_act_id', type: 'string', description: 'The act (acts.act_id) the status rests on; empty for no-ongoing-act-reported.' },
    { name: 'wikidata_id', type: 'string', property: NS.schema('sameAs'), description: 'Wikidata item id (Q…) from a reviewed link in data/links/; empty when none is verified.' },
    { name: 'wikipedia_url', type: 'string', format: 'uri', property: NS.schema('sameAs'), description: 'English Wikipedia article from a reviewed link in data/links/; empty when none is verified.' },
  ],
  foreignKeys: [
    { fields: 'status_act_id', reference: { resource: 'acts', fields: 'act_id' } },
    { fields: 'citizenship_iri', reference: { resource: 'places', fields: 'iri' } },
    { fields: 'birth_place_iri', reference: { resource: 'places', fields: 'iri' } },
  ],
};

export function personsTable(view: GraphView): Table {
  const rows = view.subjectsOfType(REP.Person).map((iri) => {
    const status = statusAtReportDate(view, iri);
    const sameAs = view.values(iri, NS.schema('sameAs'));
    return {
      person_id: slugOf(iri),
      iri,
      name_en: view.one(iri, RDFS_LABEL, 'en'),
      name_zh: view.one(iri, RDFS_LABEL, 'zh'),
      description: view.one(iri, NS.rep('description')),
      ethnicity: view.one(iri, NS.rep('ethnicity')),
      citizenship_iri: view.one(iri, NS.rep('citizenship')),
      birth_place_iri: view.one(iri, NS.rep('birthPlace')),
      status_at_report_date: status.status,
      status_act_id: status.actId,
      wikidata_id: single(iri, sameAs.filter((t) => t.startsWith(WIKIDATA)).map((t) => t.slice(WIKIDATA.length))),
      wikipedia_url: single(iri, sameAs.filter((t) => t.startsWith(WIKIPEDIA))),
    };
  });
  return { spec: PERSONS, rows: sortRows(rows, PERSONS.primaryKey) };
}

function single(subject: string, values: string[]): string | undefined {
  if (values.length > 1) throw new MultiValuedCellError(subject, NS.schema('sameAs'), values);
  return values[0];
}
