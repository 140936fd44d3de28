// The crosswalk to other records of the cases as a user meets it: the "Other records of this case"
// section of an entity page and the JSON-LD API's framed person (seeAlso URLs and caseRecord
// nodes, named by the context's terms).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from './start-service.js';

let service: RunningService;
beforeAll(async () => {
  service = await startService();
}, 60_000);
afterAll(async () => {
  await service?.stop();
});

describe('entity pages', () => {
  it('Cao Shunli: ISHR case 2014-017-001 of the 2014 report, ISHR story, CHRD profile, each with its checked row', async () => {
    const res = await fetch(`${service.url}/id/person/cao-shunli`, { headers: { Accept: 'text/html' } });
    expect(res.status).toBe(200);
    const page = await res.text();
    const section = page.slice(page.indexOf('<section id="case-records">'), page.indexOf('</section>', page.indexOf('<section id="case-records">')));
    expect(section).toContain('<h2>Other records of this case</h2>');
    expect(section).toContain('<a href="https://endreprisals.ishr.ch/en/entity/mkyckr3fufd" rel="noopener">Cao Shunli</a>');
    expect(section).toContain('case <code>2014-017-001</code> in the Secretary-General\'s 2014 report');
    expect(section).toContain('https://www.nchrd.org/2014/04/prisoner-of-conscience-cao-shunli/');
    expect(section).toContain('data/links/crosswalk/ishr-end-reprisals.tsv#row=2');
    expect(section.match(/<li>/gu)).toHaveLength(3);
  });

  it('a reprisals report shows its UN document symbol', async () => {
    const page = await (await fetch(`${service.url}/id/document/sg-reprisals-report-2018`, { headers: { Accept: 'text/html' } })).text();
    expect(page).toContain('UN document symbol <strong>A/HRC/39/41</strong>');
  });

  it('a person with no other record has no section', async () => {
    const page = await (await fetch(`${service.url}/id/person/philip-alston`, { headers: { Accept: 'text/html' } })).text();
    expect(page).not.toContain('Other records of this case');
  });
});

describe('JSON-LD API', () => {
  it('the framed person carries seeAlso URLs and caseRecord nodes', async () => {
    const res = await fetch(`${service.url}/api/persons/chen-jianfang`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect([...body.seeAlso].sort()).toEqual([
      'http://www.chrdnet.com/2013/09/submission-to-un-on-chen-jianfang-september-19-2013/',
      'https://endreprisals.ishr.ch/en/entity/zpqwj6kuvpt',
      'https://www.frontlinedefenders.org/en/case/seven-months-incommunicado-detention-woman-human-rights-defender-chen-jianfang',
      'https://www.nchrd.org/2019/05/submission-to-un-on-chen-jianfang-april-16-2019/',
    ]);
    expect(body.caseRecord).toContainEqual({
      id: 'https://w3id.org/hrd-reprisals/id/link/case-record/person/chen-jianfang/endreprisals-ishr-ch-en-entity-zpqwj6kuvpt',
      type: 'CaseRecordLink',
      name: 'ISHR: case 2014-017-003 (SG report 2014)',
    });
  });

  it('the context defines the terms', async () => {
    const context = (await (await fetch(`${service.url}/context.jsonld`)).json())['@context'];
    expect(context.seeAlso).toEqual({ '@id': 'rdfs:seeAlso', '@type': '@id', '@container': '@set' });
    expect(context.caseRecord).toEqual({ '@id': 'rep:caseRecord', '@type': '@id', '@container': '@set' });
    expect(context.ishrCode).toBe('rep:ishrCode');
  });
});
