// `kg query` run as a child process: every output format on queries with known answers,
// malformed queries (exit 2 with line:column), missing files, bad options.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { ONTOLOGY_DIR } from '../../src/config.js';
import { NS } from '../../src/vocab.js';
import { runKg } from '../helpers/run-kg.js';

const BASE = 'tests/fixtures/base.ttl';
const NAMES = `PREFIX rep: <${NS.rep.iri}> PREFIX rdfs: <${NS.rdfs.iri}>
SELECT ?person ?name WHERE { ?person a rep:Person ; rdfs:label ?name } ORDER BY ?name`;
const CAO = 'https://w3id.org/hrd-reprisals/id/person/cao-shunli';

/** The act-type scheme's size, counted independently of Oxigraph from the Turtle file. */
const actTypes = new Parser()
  .parse(readFileSync(path.join(ONTOLOGY_DIR, 'vocabularies.ttl'), 'utf8'))
  .filter((q) => q.predicate.value === NS.skos('inScheme') && q.object.value === `${NS.vocab.iri}act-type`).length;
const COUNT_ACT_TYPES = `PREFIX skos: <${NS.skos.iri}>
SELECT (COUNT(?c) AS ?n) WHERE { ?c skos:inScheme <${NS.vocab.iri}act-type> }`;

describe('kg query', () => {
  it.each([
    ['table', `person                name\n--------------------  ---------------\nid:person/cao-shunli  "Cao Shunli"@en\nid:person/cao-shunli  "曹顺利"@zh\n(2 rows)\n`],
    [
      'json',
      JSON.stringify({
        head: { vars: ['person', 'name'] },
        results: {
          bindings: [
            { person: { type: 'uri', value: CAO }, name: { type: 'literal', value: 'Cao Shunli', 'xml:lang': 'en' } },
            { person: { type: 'uri', value: CAO }, name: { type: 'literal', value: '曹顺利', 'xml:lang': 'zh' } },
          ],
        },
      }) + '\n',
    ],
    ['csv', `person,name\r\n${CAO},Cao Shunli\r\n${CAO},曹顺利\r\n`],
    ['tsv', `?person\t?name\n<${CAO}>\t"Cao Shunli"@en\n<${CAO}>\t"曹顺利"@zh\n`],
  ])('answers a SELECT as %s', (format, expected) => {
    expect(runKg('query', '--data', BASE, '--format', format, '-e', NAMES)).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  it.each([
    ['table', `n\n${'-'.repeat(Math.max(1, String(actTypes).length))}\n${actTypes}\n(1 row)\n`],
    ['csv', `n\r\n${actTypes}\r\n`],
    ['tsv', `?n\n${actTypes}\n`],
  ])('counts the act-type concepts of the bundled ontology (%s)', (format, expected) => {
    expect(actTypes).toBeGreaterThan(0);
    expect(runKg('query', '--format', format, '-e', COUNT_ACT_TYPES)).toEqual({ status: 0, stdout: expected, stderr: '' });
  });

  it('answers ASK with true or false', () => {
    expect(runKg('query', '--data', BASE, '-e', `ASK { <${CAO}> ?p ?o }`).stdout).toBe('true\n');
    expect(runKg('query', '--data', BASE, '-e', 'ASK { <urn:x:nobody> ?p ?o }').stdout).toBe('false\n');
  });

  it('answers CONSTRUCT as a table of triples', () => {
    const run = runKg('query', '--data', BASE, '-e', `CONSTRUCT WHERE { <${CAO}> a ?type }`);
    expect(run).toEqual({
      status: 0,
      stdout: 'subject               predicate  object\n--------------------  ---------  ----------\nid:person/cao-shunli  rdf:type   rep:Person\n(1 triple)\n',
      stderr: '',
    });
  });

  it.each([
    ['SELECT * WHERE { ?s ?p ?o ', 'kg: -e:1:27: SPARQL syntax error: expected one of ",", ".", ";", "{", "{|", "}", "~", [_]\n'],
    ['SELECT ?x WHERE {\n  ?s ?p ?o .\n  FILTER(?x = ) }', /^kg: -e:3:\d+: SPARQL syntax error: expected /],
  ])('exits 2 on a malformed query, naming line and column: %j', (query, expected) => {
    const run = runKg('query', '--data', BASE, '-e', query);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    if (typeof expected === 'string') expect(run.stderr).toBe(expected);
    else expect(run.stderr).toMatch(expected);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    [['query', 'queries/no-such-query.rq'], 'kg: no such query file: queries/no-such-query.rq\n'],
    [['query'], 'kg: kg query needs one query: a .rq file or -e "<SPARQL>"\n'],
    [['query', '-e', 'ASK {}', '--format', 'xml'], 'kg: unknown --format "xml"; use one of table, json, csv, tsv\n'],
    [['query', '--data', BASE, '--format', 'csv', '-e', 'CONSTRUCT WHERE { ?s ?p ?o }'], 'kg: a CONSTRUCT or DESCRIBE query answers with triples: use --format table or json, not csv\n'],
    [['nonsense'], 'kg: unknown command "nonsense"; try kg --help\n'],
  ])('exits 2 with a clear message: kg %j', (args, stderr) => {
    expect(runKg(...args)).toEqual({ status: 2, stdout: '', stderr });
  });
});
