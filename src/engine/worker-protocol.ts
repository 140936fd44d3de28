// Messages between the engine (main thread) and its query workers, and the plain-object term
// form used to pass RDF terms across threads (structured clone cannot carry Oxigraph's WASM terms).
import { DataFactory, type Quad, type Term } from 'n3';
import type { JsonResults } from './results-serializer.js';
import type { NamedGraphFile } from './engine-config.js';
import type { GraphFile } from '../store/graph-files.js';
import type { QueryForm, ResultKind } from './query-engine.js';
import type { AnalysisLimits } from './query-analysis.js';

/** workerData of every query worker. */
export interface WorkerInit {
  readonly files: readonly GraphFile[];
  readonly namedGraphFiles: readonly NamedGraphFile[];
  readonly serviceAllowlist: readonly string[];
  readonly allowPrivateServiceAddresses: boolean;
}

/** How the worker returns the result: serialised text, or terms for in-process callers. */
export type Output =
  | { readonly type: 'text'; readonly mediaTypes: Readonly<Record<ResultKind, string>> }
  | { readonly type: 'objects' };

export interface RunRequest {
  readonly id: number;
  readonly query: string;
  readonly form: QueryForm | null;
  /**
   * When set, the worker analyses the query itself (analyzeQuery: update refusal, row cap) so the
   * main thread never spends time parsing; `query` is then the client's text, `form` a guess.
   */
  readonly analyze?: AnalysisLimits;
  readonly output: Output;
  readonly maxRows: number;
  readonly defaultGraphUris?: readonly string[];
  readonly namedGraphUris?: readonly string[];
}

export interface TermJson {
  readonly t: 'NamedNode' | 'BlankNode' | 'Literal' | 'DefaultGraph';
  readonly v: string;
  readonly l?: string;
  readonly d?: string;
}

export type QuadJson = readonly [TermJson, TermJson, TermJson, TermJson];

export type RunResult =
  | { readonly kind: 'results' | 'boolean'; readonly results: JsonResults; readonly truncated: boolean; readonly count: number }
  | { readonly kind: 'graph'; readonly quads: readonly QuadJson[]; readonly truncated: boolean; readonly count: number }
  | {
      readonly kind: ResultKind;
      /**
       * The serialised result: a string where it is made (result-output.ts), UTF-8 bytes once it has
       * crossed from an engine process (engine-channel.ts), which the HTTP process sends as they are.
       */
      readonly text: string | Uint8Array;
      readonly mediaType: string;
      readonly truncated: boolean;
      readonly count: number;
    };

export interface RunError {
  /** syntax → 400 with location; evaluation → 400; forbidden → 403; remote → 502. */
  /** http: a typed HttpError raised in the worker, rebuilt from status and code. */
  readonly kind: 'syntax' | 'evaluation' | 'forbidden' | 'remote' | 'http';
  readonly message: string;
  readonly status?: number;
  readonly code?: string;
  readonly line?: number;
  readonly column?: number;
  /** The worker's engine is unusable after this error: the pool replaces the worker. */
  readonly fatal?: boolean;
}

export type WorkerReply =
  | { readonly type: 'ready'; readonly triples: number }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'done'; readonly id: number; readonly result: RunResult }
  | { readonly type: 'error'; readonly id: number; readonly error: RunError };

interface RdfTermLike {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}

export function termToJson(term: RdfTermLike): TermJson {
  switch (term.termType) {
    case 'NamedNode':
      return { t: 'NamedNode', v: term.value };
    case 'BlankNode':
      return { t: 'BlankNode', v: term.value };
    case 'Literal':
      return term.language ? { t: 'Literal', v: term.value, l: term.language } : { t: 'Literal', v: term.value, d: term.datatype?.value };
    case 'DefaultGraph':
      return { t: 'DefaultGraph', v: '' };
    default:
      throw new Error(`Unsupported term type ${term.termType}`);
  }
}

export function termFromJson(json: TermJson): Term {
  switch (json.t) {
    case 'NamedNode':
      return DataFactory.namedNode(json.v);
    case 'BlankNode':
      return DataFactory.blankNode(json.v);
    case 'Literal':
      return DataFactory.literal(json.v, json.l ?? (json.d ? DataFactory.namedNode(json.d) : undefined));
    default:
      return DataFactory.defaultGraph();
  }
}

export function quadFromJson([s, p, o, g]: QuadJson): Quad {
  return DataFactory.quad(termFromJson(s) as never, termFromJson(p) as never, termFromJson(o) as never, termFromJson(g) as never);
}

/** A text result as a response body: the bytes an engine process sent as a Buffer over the same memory (Express sends a Buffer as is). */
export function textBody(text: string | Uint8Array): string | Buffer {
  if (typeof text === 'string' || Buffer.isBuffer(text)) return text;
  return Buffer.from(text.buffer, text.byteOffset, text.byteLength);
}
