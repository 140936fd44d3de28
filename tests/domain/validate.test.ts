// validateGraph on deliberately broken fixtures: each breaks one rule and must produce exactly
// the violations listed (focus node, path, message, value), nothing more.
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/domain/validate.js';
import type { Violation } from '../../src/domain/validation-report.js';
import { TurtleSyntaxError } from '../../src/store/parse-turtle.js';
import path from 'node:path';
import { BASE_FIXTURE, FIXTURES_DIR, broken, fixtureGraph } from '../helpers/fixture-graph.js';

const ID = 'https://w3id.org/hrd-reprisals/id/';
const REP = 'https://w3id.org/hrd-reprisals/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const shacl = (v: Omit<Violation, 'severity' | 'check'>): Violation => ({ ...v, severity: 'Violation', check: 'shacl' });
const rule = (v: Omit<Violation, 'severity' | 'check'>): Violation => ({ ...v, severity: 'Violation', check: 'rule' });
const FIX_BOUND = 'if the bound is read from context, name it in rep:inferred and say how in rep:note; otherwise correct the bound or the precision.';
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
    shacl({ focusNode: `${ID}passage/3597-3685`, path: `${OA}hasSelector`, message: 'A passage has exactly one oa:TextPositionSelector (oa:hasSelector); describe each passage once, in one file.' }),
    shacl({ focusNode: `${ID}passage/3597-3685`, path: `${OA}hasSelector`, message: 'A passage has exactly one oa:TextQuoteSelector (oa:hasSelector); describe each passage once, in one file.' }),
  ]],
  ['sentence-term-not-duration.ttl', [
    shacl({ focusNode: `${ID}sentence/term-as-words`, path: `${REP}prisonTerm`, message: 'A sentence needs one rep:prisonTerm as xsd:duration ("P13Y"^^xsd:duration).', value: '"13 years"' }),
  ]],
  ['act-type-outside-scheme.ttl', [
    shacl({ focusNode: `${ID}act/typed-with-a-charge`, path: `${REP}actType`, message: 'rep:actType takes a concept of the act-type scheme (vocab/act-type/).', value: '<https://w3id.org/hrd-reprisals/vocab/charge/subversion-of-state-power>' }),
  ]],
  ['date-bounds-disagree-with-precision.ttl', [
    rule({ focusNode: `${ID}act/month-over-three-months`, path: `${REP}latestDate`, message: `prec:month, so rep:latestDate should be 2014-03-31 (the last day of that month, or the report's date if earlier); ${FIX_BOUND}`, value: `"2014-05-31"^^<${XSD}date>` }),
    rule({ focusNode: `${ID}act/season-ending-mid-season`, path: `${REP}latestDate`, message: `prec:season, so rep:latestDate should be the last day of a season (31 May, 31 August, 30 November or the end of February) within a year of rep:earliestDate; ${FIX_BOUND}`, value: `"2014-04-15"^^<${XSD}date>` }),
    rule({ focusNode: `${ID}act/unknown-date-with-bounds`, path: `${REP}earliestDate`, message: `prec:unknown: the report prints no date this bound follows from; ${FIX_BOUND}`, value: `"2014-01-01"^^<${XSD}date>` }),
  ]],
  ['ongoing-ends-before-report-date.ttl', [
    rule({ focusNode: `${ID}act/ongoing-but-ended`, path: `${REP}latestDate`, message: "status:ongoing, so rep:latestDate should be the report's date, 2018-11-01: the act went on until then.", value: `"2014-03-31"^^<${XSD}date>` }),
  ]],
  ['ongoing-not-stated.ttl', [
    rule({ focusNode: `${ID}act/ongoing-unsaid`, path: `${REP}actStatus`, message: 'status:ongoing, but no cited passage says the act went on ("today", "since", "continues", "remained"...): cite the passage that does, or name rep:actStatus in rep:inferred and say in rep:note what the status is read from.', value: '<https://w3id.org/hrd-reprisals/vocab/status/ongoing>' }),
  ]],
  ['raising-before-act.ttl', [
    rule({ focusNode: `${ID}raising/before-the-act`, path: `${REP}concernsAct`, message: 'The raising is dated no later than 2013-06-30, before the act it concerns began (rep:earliestDate 2014-03-01): a raising cannot concern a later act. Point rep:concernsAct at the act it did concern, keep only rep:concernsPerson, or correct the dates.', value: `<${ID}act/fixture-detention>` }),
  ]],
  ['act-victim-not-named.ttl', [
    rule({ focusNode: `${ID}act/victim-unnamed`, path: `${REP}source`, message: 'No cited passage names the victim "Cao Shunli" (English or Chinese name, abbreviation, alias): cite the passage that names them, or resolve in rep:note the short name or pronoun the passage uses (e.g. "Cao" in the passage is Cao Shunli).', value: `<${ID}person/cao-shunli>` }),
  ]],
  ['inferred-without-note.ttl', [
    shacl({ focusNode: `${ID}act/inferred-unexplained`, path: `${REP}note`, message: 'rep:inferred marks a value read from context; say in rep:note how it was inferred ("The place is inferred from the perpetrator, \'Sichuan police\'.").' }),
  ]],
  ['place-from-perpetrator.ttl', [
    rule({ focusNode: `${ID}act/place-from-the-police`, path: `${REP}place`, message: `rep:place is the jurisdiction of the perpetrator <${ID}organisation/sichuan-police>: a place taken from the perpetrator's name is an inference. Name rep:place in rep:inferred and say so in rep:note, or leave the place on the organ.`, value: `<${ID}place/sichuan>` }),
  ]],
  ['inferred-property-absent.ttl', [
    rule({ focusNode: `${ID}act/stale-inference-mark`, path: `${REP}inferred`, message: 'rep:inferred names a property the resource does not have: remove the mark, or add the inferred value.', value: `<${REP}place>` }),
  ]],
  ['unused-resource.ttl', [
    rule({ focusNode: `${ID}organisation/guizhou-authorities`, path: `${RDF}type`, message: 'The resource is defined but nothing points to it: use it where the report names it (victim, perpetrator, place, raisedIn...) or remove it.', value: `<${REP}StateOrgan>` }),
    rule({ focusNode: `${ID}passage/976-997`, path: `${RDF}type`, message: 'The passage is described but no resource cites it (rep:source): cite it or remove its block (scripts/resolve-quotes.ts writes only the passages a file cites).', value: `<${REP}SourcePassage>` }),
  ]],
  ['two-notes.ttl', [
    shacl({ focusNode: `${ID}act/noted-twice`, path: `${REP}note`, message: 'A resource has at most one rep:note: merge the explanations into one.' }),
  ]],
  ['act-status-of-a-charge.ttl', [
    shacl({ focusNode: `${ID}act/status-of-a-proceeding`, path: `${REP}actStatus`, message: 'rep:actStatus takes at most one of status:ongoing and status:ended (vocab/status/); leave it out when the source does not say.', value: '<https://w3id.org/hrd-reprisals/vocab/status/convicted>' }),
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

  it('accepts inferences that are declared and explained, and names resolved by a note', async () => {
    const report = await validateGraph({ files: fixtureGraph(BASE_FIXTURE, path.join(FIXTURES_DIR, 'inferences-declared.ttl')) });
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
