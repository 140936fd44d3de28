// A source passage inside its paragraph of the report: the text before the passage (from the
// paragraph's start), the passage itself and the text after it (to the paragraph's end).
// Paragraphs are separated by blank lines in the stored text; offsets are Unicode code points
// (Web Annotation TextPositionSelector, §4.2.5), the same the data's selectors use. The source
// texts are read once per process from the files the data names by rep:sourceText.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_TEXT_FILE } from '../../config.js';
import { NS } from '../../vocab.js';
import type { EntityGraph } from './entity-graph.js';

export interface PassageContext {
  readonly before: string;
  readonly exact: string;
  readonly after: string;
  /** The source text's IRI (rep:sourceText of the passage's document). */
  readonly sourceText: string;
  readonly start: number;
  readonly end: number;
}

/** Longest context shown on either side when a paragraph is very long (code points). */
const MAX_SIDE = 1200;
const texts = new Map<string, readonly string[] | undefined>();

export function passageContext(graph: EntityGraph, passage: string): PassageContext | undefined {
  const position = graph.objects(passage, NS.oa('hasSelector')).find((s) => graph.value(s, NS.oa('start')) !== undefined);
  if (!position) return undefined;
  const start = Number(graph.value(position, NS.oa('start')));
  const end = Number(graph.value(position, NS.oa('end')));
  const document = graph.value(passage, NS.oa('hasSource'));
  const sourceText = document ? graph.value(document, NS.rep('sourceText')) : undefined;
  if (!sourceText || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  const chars = codePoints(sourceText);
  if (!chars || end > chars.length || start >= end) return undefined;
  let from = start;
  while (from > 0 && from > start - MAX_SIDE && !(chars[from - 1] === '\n' && chars[from - 2] === '\n')) from -= 1;
  let to = end;
  while (to < chars.length && to < end + MAX_SIDE && !(chars[to] === '\n' && chars[to + 1] === '\n')) to += 1;
  return {
    before: chars.slice(from, start).join('').trimStart(),
    exact: chars.slice(start, end).join(''),
    after: chars.slice(end, to).join('').trimEnd(),
    sourceText,
    start,
    end,
  };
}

/** The code points of a source text the service holds (by its file name), else undefined. */
function codePoints(iri: string): readonly string[] | undefined {
  if (!texts.has(iri)) {
    const name = iri.slice(iri.lastIndexOf('/') + 1);
    let chars: string[] | undefined;
    try {
      chars = /^[A-Za-z0-9._-]+\.txt$/u.test(name) ? Array.from(readFileSync(path.join(path.dirname(SOURCE_TEXT_FILE), name), 'utf8')) : undefined;
    } catch {
      chars = undefined;
    }
    texts.set(iri, chars);
  }
  return texts.get(iri);
}
