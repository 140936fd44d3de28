import { describe, expect, it } from 'vitest';
import { sharedEntityGraph } from '../../../src/domain/entity/shared-entity-graph.js';
import { layoutNetwork } from '../../../src/domain/viz/network/network-layout.js';
import { filterNetwork, neighbourhood, networkModel, NODE_KINDS } from '../../../src/domain/viz/network/network-model.js';
import { NS } from '../../../src/vocab.js';

const graph = sharedEntityGraph();
const model = networkModel(graph);
const has = (source: string, target: string, kind: string) =>
  model.edges.some((e) => e.source === source && e.target === target && e.kind === kind);

describe('network model (bundled data)', () => {
  it('types the links the report states', () => {
    expect(has('zhao-suli', 'qin-yongmin', 'spouse')).toBe(true);
    expect(has('chen-jianfang', 'cao-shunli', 'associate')).toBe(true);
    expect(has('qin-yongmin', 'secretary-general', 'raised-by')).toBe(true);
    expect(has('zhen-jianghua', 'human-rights-campaign-in-china', 'member-of')).toBe(true);
    // Cao Shunli's acts by the police: three acts, one weighted edge
    expect(model.edges.find((e) => e.source === 'cao-shunli' && e.target === 'chinese-police')).toMatchObject({ kind: 'victim-of-act-by', weight: 3 });
    // her engagement with the UPR reaches the UPR through the reviews she sought to join
    expect(has('cao-shunli', 'universal-periodic-review', 'engaged-with')).toBe(true);
  });

  it('kinds nodes by class and role', () => {
    const kind = (id: string) => model.nodes.find((n) => n.id === id)?.kind;
    expect(kind('cao-shunli')).toBe('defender');
    expect(kind('chinese-police')).toBe('state-organ');
    expect(kind('secretary-general')).toBe('un');
    expect(kind('cao-shunli-family-members')).toBe('group');
    expect(model.nodes.every((n) => NODE_KINDS.includes(n.kind) && n.path.startsWith('/id/'))).toBe(true);
  });

  it('filters by kind and keeps a neighbourhood one edge deep', () => {
    const only = filterNetwork(model, new Set(['defender', 'state-organ']), new Set(['victim-of-act-by']));
    expect(only.edges.length).toBeGreaterThan(0);
    expect(only.nodes.every((n) => n.kind === 'defender' || n.kind === 'state-organ')).toBe(true);
    const around = neighbourhood(model, NS.id('person/cao-shunli'));
    expect(around.edges.every((e) => e.source === 'cao-shunli' || e.target === 'cao-shunli')).toBe(true);
    expect(around.nodes.map((n) => n.id)).toContain('chen-jianfang');
  });

  it('lays the same model out the same way every time, inside its viewBox', () => {
    const a = layoutNetwork(model);
    const b = layoutNetwork(networkModel(graph));
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    const [x, y, w, h] = a.viewBox;
    expect(a.nodes.every((n) => n.x > x && n.x < x + w && n.y > y && n.y < y + h)).toBe(true);
  });
});
