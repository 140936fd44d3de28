import { describe, expect, it } from 'vitest';
import { describeEntity } from '../../../src/domain/entity/describe-entity.js';
import { entityPage } from '../../../src/domain/entity/entity-page.js';
import { ID, sampleGraph } from '../fixtures/sample-graph.js';

const graph = sampleGraph();

describe('describeEntity', () => {
  it('is undefined for an IRI the graph does not hold', () => {
    expect(describeEntity(graph, ID('person/nobody'))).toBeUndefined();
  });

  it('holds the entity, its acts with their triples, and the cited passages with selectors', () => {
    const description = describeEntity(graph, ID('person/cao-shunli'))!;
    expect(description.acts).toEqual([ID('act/cao-detained-2013')]);
    const subjects = new Set(description.quads.map((q) => q.subject.value));
    expect(subjects.has(ID('person/cao-shunli'))).toBe(true);
    expect(subjects.has(ID('act/cao-detained-2013'))).toBe(true);
    expect(subjects.has(ID('passage/10-40'))).toBe(true);
    const exact = description.quads.find((q) => q.predicate.value === 'http://www.w3.org/ns/oa#exact');
    expect(exact?.object.value).toBe('Cao Shunli was detained in September 2013');
    // Not the other person's act.
    expect(subjects.has(ID('act/jiang-travel-ban'))).toBe(false);
  });
});

describe('entityPage', () => {
  it('gives names in both languages, types, statements, passages and acts', () => {
    const page = entityPage(graph, describeEntity(graph, ID('person/jiang-tianyong'))!);
    expect(page.nameEn).toBe('Jiang Tianyong');
    expect(page.nameZh).toBe('江天勇');
    expect(page.types.map((t) => t.label)).toEqual(['person']);
    expect(page.acts.map((a) => a.iri)).toEqual([ID('act/jiang-travel-ban'), ID('act/jiang-disappeared-2016')]);
    expect(page.acts[1]!.date).toBe('November 2016');
    expect(page.acts[1]!.involvement.map((i) => i.label)).toEqual(['victim']);
    expect(page.acts[1]!.quotes).toEqual(['Jiang Tianyong disappeared']);
    const role = page.statements.find((s) => s.predicate.label === 'role')!;
    expect(role.objects[0]).toMatchObject({ kind: 'iri', href: '/vocab/role/lawyer' });
  });

  it('quotes the passages an entity cites', () => {
    const page = entityPage(graph, describeEntity(graph, ID('act/cao-detained-2013'))!);
    expect(page.passages).toEqual([
      { iri: ID('passage/10-40'), href: '/id/passage/10-40', exact: 'Cao Shunli was detained in September 2013' },
    ]);
    expect(page.incoming.map((i) => i.predicate.label)).toEqual([]);
  });

  it('lists non-act resources pointing at the entity', () => {
    const page = entityPage(graph, describeEntity(graph, ID('person/cao-shunli'))!);
    expect(page.incoming.map((i) => [i.subject.href, i.predicate.label])).toContainEqual([
      '/id/engagement/cao-upr-2013',
      'engaged by',
    ]);
  });
});

describe('describeEntity of a passage', () => {
  it('includes its hash-IRI selectors (#quote, #position) and the acts citing it', () => {
    const description = describeEntity(graph, ID('passage/10-40'))!;
    const subjects = new Set(description.quads.map((q) => q.subject.value));
    expect(description.acts).toEqual([ID('act/cao-detained-2013')]);
    expect(subjects).toEqual(
      new Set([ID('passage/10-40'), ID('passage/10-40#quote'), ID('passage/10-40#position'), ID('act/cao-detained-2013')]),
    );
  });
});
