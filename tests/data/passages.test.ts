// Every source passage of the bundled data quotes the report verbatim at its offsets: oa:exact,
// oa:prefix and oa:suffix are the text of data/source/*.txt at [oa:start, oa:end), counted in
// code points, and the passage IRI names those offsets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_TEXT_FILE } from '../../src/config.js';
import { passageAt, passageIri } from '../../src/domain/passage.js';
import { loadGraph } from '../../src/store/load-graph.js';
import { OA, RDF_TYPE, REP } from '../../src/vocab.js';

const text = readFileSync(SOURCE_TEXT_FILE, 'utf8');
const { store } = loadGraph();

interface Quoted {
  readonly iri: string;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** One row per (passage, quote selector, position selector), so a duplicate shows as two rows. */
const passages: Quoted[] = store.getSubjects(RDF_TYPE, REP.SourcePassage, null).flatMap((passage) => {
  const selectors = store.getObjects(passage, OA.hasSelector, null);
  const value = (s: (typeof selectors)[number], p: string) => store.getObjects(s, p, null)[0]?.value ?? '';
  const quotes = selectors.filter((s) => store.countQuads(s, RDF_TYPE, OA.TextQuoteSelector, null) > 0);
  const positions = selectors.filter((s) => store.countQuads(s, RDF_TYPE, OA.TextPositionSelector, null) > 0);
  return quotes.flatMap((quote) =>
    positions.map((position) => ({
      iri: passage.value,
      start: Number(value(position, OA.start)),
      end: Number(value(position, OA.end)),
      exact: value(quote, OA.exact),
      prefix: value(quote, OA.prefix),
      suffix: value(quote, OA.suffix),
    })),
  );
});

describe('source passages of the bundled data', () => {
  it('exist', () => {
    expect(passages.length).toBeGreaterThan(0);
  });

  it.each(passages.map((p) => [p.iri.replace(/^.*\//, ''), p] as const))(
    'passage %s occurs verbatim in the report at its offsets',
    (_, p) => {
      const at = passageAt(text, p.start, p.end);
      expect({ iri: p.iri, exact: p.exact, prefix: p.prefix, suffix: p.suffix }).toEqual({
        iri: passageIri(p.start, p.end),
        exact: at.exact,
        prefix: at.prefix,
        suffix: at.suffix,
      });
    },
  );
});
