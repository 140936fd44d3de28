// `kg validate [--data <file|dir>]...`: SHACL shapes and source passages; prints each violation
// (focus node, path, message, value) and exits 1 when there is any, 0 when the graph is clean.
import { parseArgs } from 'node:util';
import { validateGraph } from '../domain/validate.js';
import type { ValidationReport, Violation } from '../domain/validation-report.js';
import { graphFilesFor } from './data-option.js';
import { EXIT } from './errors.js';
import { compactIri, compactIrisIn, compactPath } from './render-term.js';
import type { CommandResult } from './command.js';

export async function validateCommand(args: string[]): Promise<CommandResult> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string', multiple: true } },
    strict: true,
  });
  const files = graphFilesFor(values.data);
  const report = await validateGraph({ files });
  return {
    output: formatReport(report, files.length),
    exitCode: report.conforms ? EXIT.ok : EXIT.invalid,
  };
}

/** The report as text: one block per violation, then a summary line. */
export function formatReport(report: ValidationReport, fileCount: number): string {
  const blocks = report.violations.map(formatViolation);
  const errors = report.violations.filter((v) => v.severity === 'Violation').length;
  const summary =
    report.violations.length === 0
      ? `valid: ${fileCount} files, no violations`
      : `${errors} violation${errors === 1 ? '' : 's'}` +
        (report.violations.length > errors ? `, ${report.violations.length - errors} warnings` : '') +
        ` in ${fileCount} files`;
  return [...blocks, summary].join('\n\n');
}

function formatViolation(violation: Violation): string {
  const lines = [`${violation.severity}: ${focusText(violation)}`];
  if (violation.path) lines.push(`  path:    ${compactPath(violation.path)}`);
  lines.push(`  message: ${violation.message}`);
  if (violation.value !== undefined) lines.push(`  value:   ${compactIrisIn(violation.value)}`);
  return lines.join('\n');
}

function focusText(violation: Violation): string {
  if (violation.focusOwner) {
    return `[] (${compactIri(violation.focusOwner.predicate)} of ${compactIri(violation.focusOwner.subject)})`;
  }
  return violation.focusNode.startsWith('_:') ? violation.focusNode : compactIri(violation.focusNode);
}
