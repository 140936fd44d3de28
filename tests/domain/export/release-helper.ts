// Test helper: the bundled graph's release, built once per test file (it takes seconds), and
// the canonical N-Quads of a list of quads for isomorphism checks.
import type { Quad } from 'n3';
import { buildRelease, type Release } from '../../../src/domain/export/build-release.js';
import { asTriples, canonicalNQuads } from '../../../src/domain/export/canonical-rdf.js';

export const BUILD_TIMEOUT = 180_000;

let release: Promise<Release> | undefined;

export function bundledRelease(): Promise<Release> {
  release ??= buildRelease();
  return release;
}

export function fileOf(r: Release, path: string): Buffer {
  const file = r.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in the release`);
  return file.content;
}

/** Canonical N-Triples of the quads (graph names dropped): equal strings ⇔ isomorphic graphs. */
export function canonicalTriples(quads: readonly Quad[]): Promise<string> {
  return canonicalNQuads(asTriples(quads));
}
