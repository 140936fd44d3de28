// validateGraph on deliberately broken fixtures: each breaks one rule and must produce exactly
// the violations listed (focus node, path, message, value), nothing more.
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/domain/validate.js';
import type { Violation } from '../../src/domain/validation-report.js';
import { TurtleSyntaxError } from '../../src/store/parse-turtle.js';
import { BASE_FIXTURE, broken, fixtureGraph } from '../helpers/fixture-graph.js';

const ID = 'https://w3id.org/hrd-reprisals/id/';
const REP = 'https://w3id.org/hrd-reprisals/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const shacl = (v: Omit<Violation, 'severity' | 'check'>): Violation => ({ ...v, severity: 'Violation', check: 'shacl' });
const passage = (v: Omit<Violation, 'severity' | 'check'>): Violation => ({ ...v, severity: 'Violation', check: 'passage' });

const CASES: [fixture: string, expected: Violation[]][] = [
  ['act-without-source.ttl', [
    shacl({ focusNode: `${ID}act/unsourced`, path: `${REP}source`, message: 'A fact needs at least one rep:source: the passage of the report that states it.' }),
  ]],
  ['person-without-english-label.ttl', [
    shacl({ focusNode: `${ID}person/unnamed-in-english`, path: `${RDFS}label`, message: 'A person needs exactly one English name (rdfs:label "..."@en).' }),
  ]],
  ['earliest-date-wrong-datatype.ttl', [
    shacl({ focusNode: `${ID}act/month-as-gyearmonth`, path: `${REP}earliestDate`, message: 'rep:earliestDate takes one xsd:date ("2014-03-01"^^xsd:date).', value: `"2014-03"^^<${XSD}gYearMonth>` }),
  ]],
  ['passage-exact-not-in-report.ttl', [
    passage({ focusNode: `${ID}passage/100-131`, path: `${OA}exact`, message: 'oa:exact is not the report text at 100-131; it does not occur in the report text.', value: '"words the report never printed."' }),
  ]],
  ['passage-wrong-offsets.ttl', [
    passage({ focusNode: `${ID}passage/977-998`, path: `${OA}exact`, message: 'oa:exact is not the report text at 977-998; the report has it at 976-997.', value: '"blocked their travels"' }),
  ]],
  ['passage-wrong-prefix.ttl', [
    passage({ focusNode: `${ID}passage/976-997`, path: `${OA}prefix`, message: 'oa:prefix is not the text before the passage: expected "pant, or denied them passports, ".', value: '"or denied them passports, "' }),
  ]],
  ['passage-described-twice.ttl', [
    shacl({ focusNode: `${ID}passage/839-922`, path: `${OA}hasSelector`, message: 'A passage has exactly one oa:TextPositionSelector (oa:hasSelector); describe each passage once, in one file.' }),
    shacl({ focusNode: `${ID}passage/839-922`, path: `${OA}hasSelector`, message: 'A passage has exactly one oa:TextQuoteSelector (oa:hasSelector); describe each passage once, in one file.' }),
  ]],
  ['sentence-term-not-duration.ttl', [
    shacl({ focusNode: `${ID}sentence/term-as-words`, path: `${REP}prisonTerm`, message: 'A sentence needs one rep:prisonTerm as xsd:duration ("P13Y"^^xsd:duration).', value: '"13 years"' }),
  ]],
  ['act-type-outside-scheme.ttl', [
    shacl({ focusNode: `${ID}act/typed-with-a-charge`, path: `${REP}actType`, message: 'rep:actType takes a concept of the act-type scheme (vocab/act-type/).', value: '<https://w3id.org/hrd-reprisals/vocab/charge/subversion-of-state-power>' }),
  ]],
  ['unknown-class.ttl', [
    shacl({ focusNode: `${ID}act/misspelt-class`, path: `${RDF}type`, message: 'rdf:type names no class of the ontology (ontology/reprisals.ttl), no superclass it reuses, nor an OWL, SKOS or Web Annotation class.', value: `<${REP}ReprisalAkt>` }),
  ]],
];

describe('validateGraph', () => {
  it('finds nothing wrong in the base fixture', async () => {
    const report = await validateGraph({ files: fixtureGraph(BASE_FIXTURE) });
    expect(report).toEqual({ conforms: true, violations: [] });
  });

  it.each(CASES)('reports exactly the violations of %s', async (fixture, expected) => {
    const report = await validateGraph({ files: fixtureGraph(BASE_FIXTURE, broken(fixture)) });
    expect(report.violations).toEqual(expected);
    expect(report.conforms).toBe(false);
  });

  it('names the file and line of a Turtle syntax error', async () => {
    const files = fixtureGraph(BASE_FIXTURE, broken('turtle-syntax-error.ttl'));
    const error = await validateGraph({ files }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TurtleSyntaxError);
    expect(error).toMatchObject({ file: 'tests/fixtures/broken/turtle-syntax-error.ttl', line: 19 });
  });
});
