// Test data: a batch of reconciliation queries as OpenRefine sends it from a researcher's
// spreadsheet, shared by the HTTP tests (tests/http/reconcile-openrefine.test.ts) and the proof
// that reconciliation read from the store answers the same
// (tests/domain/reconcile/store-reconciler-equivalence.test.ts).
/** Twenty cells as a researcher's spreadsheet holds them: names in both scripts, bodies, places. */
export const OPENREFINE_BATCH = {
  q0: { query: 'Cao Shunli', type: 'Person' },
  q1: { query: '曹顺利', type: 'Person' },
  q2: { query: 'Wang Yu', type: 'Person', limit: 3 },
  q3: { query: '王宇' },
  q4: { query: 'Jiang Tianyong' },
  q5: { query: '江天勇', type: 'Person' },
  q6: { query: 'Li Heping', type: 'Person', properties: [{ pid: 'charge', v: 'subversion of state power' }] },
  q7: { query: '李和平' },
  q8: { query: 'Qin Yongmin', type: ['Person', 'Organisation'] },
  q9: { query: '王全璋' },
  q10: { query: 'Wang Quanzhang', properties: [{ pid: 'citizenship', v: 'China' }] },
  q11: { query: 'Committee against Torture', type: 'UNEntity' },
  q12: { query: 'CAT', type: 'UNEntity' },
  q13: { query: 'Human Rights Council' },
  q14: { query: 'UNPO', type: 'Organisation' },
  q15: { query: 'Geneva', type: 'Place' },
  q16: { query: 'Beijing', type: 'Place' },
  q17: { query: '北京' },
  q18: { query: 'Dolkun Isa', properties: [{ pid: 'citizenship', v: { id: 'place/germany' } }] },
  q19: { query: 'Wang', type: 'Person' },
};
