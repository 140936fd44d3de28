// The shape of a release table: its fields as the Table Schema will publish them (Frictionless
// Table Schema, https://specs.frictionlessdata.io/table-schema/), its keys, and its rows. A field
// that holds an ontology property names it, so its description comes from the ontology's label
// and comment (field-schema.ts); a field that holds concepts names the SKOS scheme, so its enum
// is the scheme's concepts. The datapackage and the codebook are both generated from these specs.

/** The Table Schema types the release uses (Table Schema §"Types and formats"). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year' | 'duration';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** What the column holds in this table; the ontology's comment of `property` is added to it. */
  readonly description: string;
  /** The ontology property (full IRI) the column is read from, when there is one. */
  readonly property?: string;
  /** A SKOS concept scheme (full IRI): values are the slugs of its concepts. */
  readonly scheme?: string;
  /**
   * Which concepts of `scheme` the enum holds (field-schema.ts conceptValues): `scheme` all of
   * them (the default), `top` its top concepts, `used` those the graph uses as objects of
   * `property` — for a scheme several properties share (statuses of acts, of proceedings, ...).
   */
  readonly conceptValues?: 'scheme' | 'top' | 'used';
  /** For a column of ontology classes: which classes (field-schema.ts classValues); the enum is their local names. */
  readonly classes?: ClassSet;
  /** Allowed values, when fixed by the export rather than by a scheme. */
  readonly enum?: readonly string[];
  /** `uri` for IRI columns (Table Schema string format). */
  readonly format?: 'uri';
  readonly required?: boolean;
  readonly unique?: boolean;
}

/** The classes at or below `root` by rdfs:subClassOf, without those at or below any of `exclude`. */
export interface ClassSet {
  readonly root: string;
  readonly exclude?: readonly string[];
}

export interface ForeignKey {
  readonly fields: string;
  /** `resource` is another table's name ("" for the same table). */
  readonly reference: { readonly resource: string; readonly fields: string };
}

export interface TableSpec {
  /** Resource name and file stem: `persons` → `tables/persons.csv`. Lower case, `_` separated. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The ontology class one row describes, when there is one: its label and comment are added to the description. */
  readonly rowClass?: string;
  readonly fields: readonly FieldSpec[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
}

export type Cell = string | number | boolean | undefined;
export type Row = Readonly<Record<string, Cell>>;

export interface Table {
  readonly spec: TableSpec;
  /** Sorted by primary key by the builder; undefined cells are written empty (a Table Schema null). */
  readonly rows: readonly Row[];
}

/** Path of a table's CSV inside the release folder. */
export function tablePath(spec: TableSpec): string {
  return `tables/${spec.name}.csv`;
}

/** Sorts rows by the given columns, comparing strings by code point and numbers numerically. */
export function sortRows(rows: Row[], keys: readonly string[]): Row[] {
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = a[key];
      const y = b[key];
      if (x === y) continue;
      if (x === undefined) return -1;
      if (y === undefined) return 1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });
}
