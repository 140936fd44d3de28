// Validating the graph: SHACL shapes (ontology/shapes.ttl), every source passage against the
// report's text, and the graph rules of src/domain/rules/ (dates, victims named, inferences
// declared, nothing unused), in one typed report. This is what `kg validate` and the tests run.
// Throws TurtleSyntaxError (file:line) when a file does not parse; everything else is a violation.
import { readFileSync } from 'node:fs';
import { Store } from 'n3';
import { SHAPES_FILE, SOURCE_TEXT_FILE } from '../config.js';
import { graphFiles, type GraphFile } from '../store/graph-files.js';
import { loadGraph } from '../store/load-graph.js';
import { parseTurtleFile } from '../store/parse-turtle.js';
import { passageCheck } from './passage-check.js';
import { graphRules } from './rules/graph-rules.js';
import { shaclCheck } from './shacl-check.js';
import { normaliseViolations, type ValidationReport } from './validation-report.js';

export interface ValidateOptions {
  /** Files of the graph: the ontology and the data. Default: the bundled graph. */
  readonly files?: readonly GraphFile[];
  readonly shapesFile?: string;
  /** The report's text that passages quote. Default: the bundled source text. */
  readonly sourceText?: string;
}

/**
 * Validates the graph. The data graph is every file (ontology included, for subclass reasoning
 * in sh:class); the shapes graph is the shapes file plus the ontology files (for sh:targetClass
 * subclasses). Cost: parses every file once; both checks are linear in the graph.
 */
export async function validateGraph(options: ValidateOptions = {}): Promise<ValidationReport> {
  const files = options.files ?? graphFiles();
  const { store, parts } = loadGraph(files);
  const shapes = new Store(parseTurtleFile(options.shapesFile ?? SHAPES_FILE));
  shapes.addQuads(parts.get('ontology') ?? []);
  const text = options.sourceText ?? readFileSync(SOURCE_TEXT_FILE, 'utf8');

  const violations = normaliseViolations([
    ...(await shaclCheck(shapes, store)),
    ...passageCheck(store, text),
    ...graphRules(store, parts.get('data') ?? []),
  ]);
  return {
    conforms: !violations.some((violation) => violation.severity === 'Violation'),
    violations,
  };
}
