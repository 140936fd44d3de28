// Positions for the network, computed on the server with d3-force (so the SVG is complete
// without JavaScript): links pull linked nodes together, many-body charge pushes all apart,
// a collision radius keeps labels from piling up. d3-force's default random source is a fixed
// LCG, so the same model always gets the same picture. Cost: O(ticks × (n log n + edges)),
// ~300 ticks; a few ms for this graph's ~100 nodes.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { NetworkModel, NetworkNode } from './network-model.js';

export interface PlacedNode extends NetworkNode {
  readonly x: number;
  readonly y: number;
}

export interface NetworkLayout {
  readonly nodes: readonly PlacedNode[];
  readonly edges: NetworkModel['edges'];
  /** viewBox of the drawing: [minX, minY, width, height], with a margin for labels. */
  readonly viewBox: readonly [number, number, number, number];
}

const TICKS = 300;

export function layoutNetwork(model: NetworkModel): NetworkLayout {
  type Datum = SimulationNodeDatum & { id: string };
  const data: Datum[] = model.nodes.map((n) => ({ id: n.id }));
  const links = model.edges.map((e) => ({ source: e.source, target: e.target }));
  const simulation = forceSimulation(data)
    .force('link', forceLink<Datum, { source: string; target: string }>(links).id((d) => d.id).distance(85))
    .force('charge', forceManyBody().strength(-320))
    .force('collide', forceCollide(38))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .stop();
  simulation.tick(TICKS);
  const nodes = model.nodes.map((n, i) => ({ ...n, x: Math.round(data[i]!.x ?? 0), y: Math.round(data[i]!.y ?? 0) }));
  if (nodes.length === 0) return { nodes, edges: model.edges, viewBox: [0, 0, 400, 200] };
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const margin = 90;
  const minX = Math.min(...xs) - margin;
  const minY = Math.min(...ys) - 30;
  return {
    nodes,
    edges: model.edges,
    viewBox: [minX, minY, Math.max(...xs) + margin - minX, Math.max(...ys) + 40 - minY],
  };
}
