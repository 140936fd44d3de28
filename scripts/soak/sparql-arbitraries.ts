// fast-check arbitraries of SPARQL text for the soak: a small grammar of SPARQL 1.1 queries
// (SELECT / ASK / CONSTRUCT / DESCRIBE over nested group patterns with OPTIONAL, UNION, MINUS,
// FILTER expressions, BIND, VALUES, property paths and aggregates), built from the terms of the
// served graph so many queries match something, plus the hostile families of issue 8 item 5:
// mutated (malformed) queries, deep nesting, cross products and huge CONSTRUCTs, and SERVICE /
// FROM aimed at loopback and file:. Most generated queries parse; some are rejected by the
// engine (e.g. a BIND of a variable already in scope), which is part of the point.
import fc from 'fast-check';

/** Terms of the served graph, read from the service before the soak starts. */
export interface GraphTerms {
  readonly entities: readonly string[];
  readonly predicates: readonly string[];
  readonly classes: readonly string[];
}

const VARIABLES = ['?s', '?p', '?o', '?x', '?y', '?label', '?date', '?type'];

/** A SPARQL string literal: JSON escapes are SPARQL ECHAR/UCHAR escapes (lone surrogates too). */
const stringLiteral = fc.string({ unit: 'grapheme', maxLength: 24 }).map((s) => JSON.stringify(s));

export function sparqlQuery(terms: GraphTerms): fc.Arbitrary<string> {
  const variable = fc.constantFrom(...VARIABLES);
  const entity = fc.constantFrom(...terms.entities.map((iri) => `<${iri}>`));
  const predicate = fc.constantFrom(...terms.predicates.map((iri) => `<${iri}>`));
  const klass = fc.constantFrom(...terms.classes.map((iri) => `<${iri}>`));
  const literal = fc.oneof(
    stringLiteral,
    fc.tuple(stringLiteral, fc.constantFrom('en', 'zh', 'zh-Hans', 'x-bad')).map(([s, lang]) => `${s}@${lang}`),
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.integer({ min: 1990, max: 2030 }).map((y) => `"${y}"^^<http://www.w3.org/2001/XMLSchema#gYear>`),
  );
  const path = fc.oneof(
    predicate,
    fc.tuple(predicate, fc.constantFrom('+', '*', '?')).map(([p, m]) => `${p}${m}`),
    predicate.map((p) => `^${p}`),
    fc.tuple(predicate, predicate).map(([a, b]) => `${a}/${b}`),
    fc.tuple(predicate, predicate).map(([a, b]) => `(${a}|${b})+`),
  );
  const triple = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(fc.oneof(variable, entity), fc.oneof(predicate, variable), fc.oneof(variable, entity, literal)).map((t) => t.join(' ')) },
    { weight: 1, arbitrary: fc.tuple(variable, klass).map(([v, c]) => `${v} a ${c}`) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(variable, entity), path, variable).map((t) => t.join(' ')) },
  );
  const { expression } = fc.letrec<{ expression: string }>((tie) => ({
    expression: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'expr' },
      variable,
      literal,
      tie('expression').map((e) => `STR(${e})`),
      tie('expression').map((e) => `LCASE(STR(${e}))`),
      tie('expression').map((e) => `!BOUND(${e.startsWith('?') ? e : '?x'})`),
      fc.tuple(tie('expression'), fc.constantFrom('=', '!=', '<', '>=', '&&', '||', '+'), tie('expression')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(variable, stringLiteral).map(([v, s]) => `REGEX(STR(${v}), ${s}, "i")`),
      fc.tuple(variable, stringLiteral).map(([v, s]) => `CONTAINS(LCASE(STR(${v})), ${s})`),
      variable.map((v) => `LANG(${v}) = "en"`),
      variable.map((v) => `isIRI(${v})`),
    ),
  }));
  const { group } = fc.letrec<{ group: string; element: string }>((tie) => ({
    group: fc.array(tie('element'), { minLength: 1, maxLength: 4 }).map((elements) => `{ ${elements.join(' . ')} }`),
    element: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'group', withCrossShrink: true },
      { weight: 6, arbitrary: triple },
      tie('group').map((g) => `OPTIONAL ${g}`),
      fc.tuple(tie('group'), tie('group')).map(([a, b]) => `${a} UNION ${b}`),
      tie('group').map((g) => `MINUS ${g}`),
      expression.map((e) => `FILTER(${e})`),
      fc.tuple(expression, fc.nat(9)).map(([e, n]) => `BIND(${e} AS ?b${n})`),
      fc.array(entity, { minLength: 1, maxLength: 3 }).map((values) => `VALUES ?s { ${values.join(' ')} }`),
    ),
  }));
  const modifiers = fc.tuple(fc.option(variable), fc.option(fc.nat(500)), fc.option(fc.nat(50))).map(
    ([order, limit, offset]) => `${order ? ` ORDER BY ${order}` : ''}${limit !== null ? ` LIMIT ${limit}` : ''}${offset !== null ? ` OFFSET ${offset}` : ''}`,
  );
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.boolean(), fc.subarray(VARIABLES, { minLength: 1 }), group, modifiers).map(([distinct, vars, g, m]) => `SELECT ${distinct ? 'DISTINCT ' : ''}${vars.join(' ')} WHERE ${g}${m}`) },
    { weight: 2, arbitrary: fc.tuple(group, modifiers).map(([g, m]) => `SELECT * WHERE ${g}${m}`) },
    { weight: 2, arbitrary: fc.tuple(variable, fc.constantFrom('COUNT', 'SAMPLE', 'MIN', 'MAX', 'GROUP_CONCAT'), variable, group).map(([key, agg, v, g]) => `SELECT ${key} (${agg}(${agg === 'COUNT' ? 'DISTINCT ' : ''}${v}) AS ?agg) WHERE ${g} GROUP BY ${key}`) },
    { weight: 1, arbitrary: group.map((g) => `ASK ${g}`) },
    { weight: 2, arbitrary: fc.tuple(fc.array(triple, { minLength: 1, maxLength: 3 }), group, fc.nat(2000)).map(([template, g, limit]) => `CONSTRUCT { ${template.join(' . ')} } WHERE ${g} LIMIT ${limit}`) },
    { weight: 1, arbitrary: fc.array(entity, { minLength: 1, maxLength: 3 }).map((iris) => `DESCRIBE ${iris.join(' ')}`) },
  );
}

/** A valid query broken by up to five edits: deletions, inserted grammar characters, a cut. */
export function malformedQuery(terms: GraphTerms): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('delete', 'insert', 'cut'), fc.constantFrom('{', '}', '(', ')', '"', '<', '>', '.', ';', '?', '\\', '#', '\u0000', 'SELECT', '@'));
  return fc.tuple(sparqlQuery(terms), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([query, edits]) => {
    let text = query;
    for (const [where, kind, token] of edits) {
      const at = Math.floor(where * text.length);
      if (kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
      else if (kind === 'insert') text = text.slice(0, at) + token + text.slice(at);
      else text = text.slice(0, Math.max(1, at));
    }
    return text;
  });
}

/** Nesting 20–6000 deep: groups, OPTIONALs, parentheses, unary minus, subqueries. */
export const deeplyNestedQuery: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 20, max: 6000 }), fc.constantFrom('group', 'optional', 'parens', 'negation', 'subquery')).map(([depth, kind]) => {
  switch (kind) {
    case 'group': return `SELECT * WHERE ${'{ '.repeat(depth)}?s ?p ?o${' }'.repeat(depth)}`;
    case 'optional': return `SELECT * WHERE { ?s ?p ?o ${'OPTIONAL { ?s ?p ?o '.repeat(depth)}${'}'.repeat(depth)} }`;
    case 'parens': return `SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(depth)}1${')'.repeat(depth)}) }`;
    case 'negation': return `ASK { FILTER(${'!'.repeat(depth)}true) }`;
    default: return `SELECT * WHERE ${'{ SELECT * WHERE '.repeat(depth)}{ ?s ?p ?o }${' }'.repeat(depth)}`;
  }
});

/** Cartesian products of 2–8 unrelated patterns, counted, concatenated or listed. */
export const crossProductQuery: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 2, max: 8 }), fc.constantFrom('count', 'concat', 'rows')).map(([n, kind]) => {
  const patterns = Array.from({ length: n }, (_, i) => `?a${i} ?b${i} ?c${i} .`).join(' ');
  if (kind === 'count') return `SELECT (COUNT(*) AS ?n) WHERE { ${patterns} }`;
  if (kind === 'concat') return `SELECT (GROUP_CONCAT(STR(?c0)) AS ?all) WHERE { ${patterns} }`;
  return `SELECT * WHERE { ${patterns} } LIMIT 100000`;
});

/** CONSTRUCTs whose template multiplies the graph (the engine cuts them at MAX_RESULT_ROWS). */
export const hugeConstructQuery: fc.Arbitrary<string> = fc.constantFrom(
  'CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }',
  'CONSTRUCT { ?a ?b ?c . ?d ?e ?f . ?a ?e ?c } WHERE { ?a ?b ?c . ?d ?e ?f }',
  'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o . ?x ?y ?z } LIMIT 1000000',
  'DESCRIBE ?s WHERE { ?s ?p ?o }',
);

/** SERVICE, FROM and FROM NAMED aimed at the service itself, loopback, metadata and file:. */
export function remoteSourceQuery(selfUrl: string): fc.Arbitrary<string> {
  const target = fc.constantFrom(
    `${selfUrl}/sparql`,
    'http://127.0.0.1:1/sparql',
    'http://localhost/sparql',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:22/',
    'file:///etc/passwd',
    'file:///proc/self/environ',
  );
  return fc.tuple(target, fc.constantFrom('service', 'silent', 'from', 'named', 'nested')).map(([iri, kind]) => {
    switch (kind) {
      case 'service': return `SELECT * WHERE { SERVICE <${iri}> { ?s ?p ?o } } LIMIT 5`;
      case 'silent': return `SELECT * WHERE { SERVICE SILENT <${iri}> { ?s ?p ?o } } LIMIT 5`;
      case 'from': return `SELECT * FROM <${iri}> WHERE { ?s ?p ?o } LIMIT 5`;
      case 'named': return `SELECT * FROM NAMED <${iri}> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 5`;
      default: return `SELECT * WHERE { ?s ?p ?o SERVICE <${iri}> { SERVICE <${iri}> { ?x ?y ?s } } } LIMIT 5`;
    }
  });
}
