// The bundled graph (ontology + data/) conforms to ontology/shapes.ttl and every passage matches
// the report's text. While the data is being written this lists what is still wrong.
import { describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/domain/validate.js';

describe('the bundled graph', () => {
  it('validates clean', async () => {
    const report = await validateGraph();
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });
});
