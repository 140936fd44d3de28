// Checking the graph against the SHACL shapes (ontology/shapes.ttl) with shacl-engine, SHACL
// Core only (https://www.w3.org/TR/shacl/#core-components).
// Both graphs hold the ontology: shacl-engine resolves sh:targetClass subclasses in the shapes
// graph and sh:class subclasses (rdfs:subClassOf*) in the data graph.
// Cost: linear in the data for each shape; the whole report validates in well under a second.
import type { Quad, Term } from '@rdfjs/types';
import rdf from 'rdf-ext';
import { Validator, type PathStep, type ValidationResult } from 'shacl-engine';
import { NS } from '../vocab.js';
import {
  focusName,
  ownerOf,
  termToNTriples,
  type Severity,
  type Violation,
} from './validation-report.js';

/** Validates `data` against `shapes` (both RDF/JS quads); returns one violation per result. */
export async function shaclCheck(shapes: Iterable<Quad>, data: Iterable<Quad>): Promise<Violation[]> {
  const dataset = rdf.dataset(data);
  const validator = new Validator(rdf.dataset(shapes), { factory: rdf });
  const report = await validator.validate({ dataset });
  const incoming = (object: Term): Quad | undefined => {
    for (const quad of dataset.match(null, null, object)) return quad;
    return undefined;
  };
  return report.results.map((result) => toViolation(result, incoming));
}

function toViolation(result: ValidationResult, incoming: (object: Term) => Quad | undefined): Violation {
  const focus = result.focusNode.term;
  if (!focus) throw new Error('shacl-engine returned a result without a focus node');
  const owner = ownerOf(focus, incoming);
  const path = pathToString(result.path);
  const value = result.value?.term;
  return {
    focusNode: focusName(focus),
    ...(owner ? { focusOwner: owner } : {}),
    ...(path ? { path } : {}),
    severity: severityOf(result.severity.value),
    message: result.message[0]?.value ?? `violates ${result.constraintComponent.value}`,
    // Node-level constraints report the focus node itself as value; that adds nothing.
    ...(value && !value.equals(focus) ? { value: termToNTriples(value) } : {}),
    check: 'shacl',
  };
}

function severityOf(iri: string): Severity {
  if (iri === NS.sh('Warning')) return 'Warning';
  if (iri === NS.sh('Info')) return 'Info';
  return 'Violation';
}

/** A simple path is its predicate's IRI; longer paths use SPARQL 1.1 property-path syntax (§9.1). */
function pathToString(path: PathStep[] | null | undefined): string | undefined {
  if (!path || path.length === 0) return undefined;
  const [only] = path;
  if (path.length === 1 && only && isPlainStep(only)) return only.predicates[0]!.value;
  return path.map(stepToString).join('/');
}

function isPlainStep(step: PathStep): boolean {
  return step.quantifier === 'one' && step.start === 'subject' && step.predicates.length === 1;
}

function stepToString(step: PathStep): string {
  const predicates = step.predicates.map((p) => `<${p.value}>`);
  let text = predicates.length > 1 ? `(${predicates.join('|')})` : predicates[0]!;
  if (step.start === 'object') text = `^${text}`;
  const suffix = { one: '', zeroOrOne: '?', zeroOrMore: '*', oneOrMore: '+' }[step.quantifier];
  return `${text}${suffix}`;
}
