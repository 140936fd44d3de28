// Competency queries about sentences, charges, relatives, and who remained deprived of liberty:
// each answer asserted in full against what the report says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOURCE_TEXT_FILE } from '../../src/config.js';
import { runQueryFile } from '../helpers/run-query.js';

describe('queries/sentences.rq', () => {
  it('lists the three sentences with court, date, offence and term', () => {
    const rows = runQueryFile('sentences').map((r) => [
      r.name, r.court, r.date, r.offence, r.offenceAsPrinted, r.term, r.suspended, r.suspendedFor ?? '',
    ]);
    expect(rows).toEqual([
      ['Li Heping', 'A court in Tianjin', 'April 2017', 'subversion of state power', 'subversion', 'P3Y', 'true', 'P4Y'],
      ['Jiang Tianyong', 'A court in Hunan', 'November 2017', 'inciting subversion of state power', 'inciting subversion of state power', 'P2Y', 'false', ''],
      ['Qin Yongmin', 'A court in Wuhan', 'July 2018', 'subversion of state power', 'subversion of state power', 'P13Y', 'false', ''],
    ]);
  });
});

describe('queries/persons-by-charge.rq', () => {
  it('lists each charged person under the charge, with the words of the report', () => {
    const rows = runQueryFile('persons-by-charge').map((r) => [r.chargeLabel, r.name, r.wordsInReport]);
    expect(rows).toEqual([
      ['inciting subversion of state power', 'Jiang Tianyong', 'inciting subversion of state power'],
      ['inciting subversion of state power', 'Zhen Jianghua', 'inciting subversion'],
      ['picking quarrels and provoking trouble', 'Li Xiaoling', 'picking quarrels and provoking trouble'],
      ['picking quarrels and provoking trouble', 'Li Yuhan', 'picking quarrels and provoking trouble'],
      ['subversion of state power', 'Li Heping', 'subversion'],
      ['subversion of state power', 'Qin Yongmin', 'subversion of state power'],
      ['subversion of state power', 'Wang Quanzhang', 'subversion'],
      ['subversion of state power', 'Wang Yu', 'subversion'],
    ]);
  });
});

describe('queries/targeted-relatives.rq', () => {
  it('lists every act against a relative, the tie and the defender', () => {
    const rows = runQueryFile('targeted-relatives').map((r) => [r.relativeName, r.tie, r.defenderName, r.act, r.actType]);
    expect(rows).toEqual([
      ["Cao Shunli's family members", 'family member', 'Cao Shunli', 'act/cao-shunli-family-harassed', 'harassment'],
      ["Cao Shunli's family members", 'family member', 'Cao Shunli', 'act/cao-shunli-family-harassed', 'threat'],
      ['Li Kezhen', 'spouse', 'Mi Chongbiao', 'act/mi-chongbiao-li-kezhen-confinement', 'enforced disappearance'],
      ['Li Kezhen', 'spouse', 'Mi Chongbiao', 'act/mi-chongbiao-li-kezhen-confinement', 'house arrest'],
      ['Li Kezhen', 'spouse', 'Mi Chongbiao', 'act/mi-chongbiao-li-kezhen-no-lawyer', 'denial of legal counsel'],
      ['Li Kezhen', 'spouse', 'Mi Chongbiao', 'act/mi-chongbiao-li-kezhen-torture', 'torture or ill-treatment'],
      ['Li Wenzu', 'spouse', 'Wang Quanzhang', 'act/li-wenzu-wang-qiaoling-blocked-2016', 'restriction of movement'],
      ['Li Wenzu', 'spouse', 'Wang Quanzhang', 'act/li-wenzu-wang-qiaoling-intimidation', 'harassment'],
      ['Li Wenzu', 'spouse', 'Wang Quanzhang', 'act/li-wenzu-wang-qiaoling-intimidation', 'intimidation and threats'],
      ['Wang Qiaoling', 'spouse', 'Li Heping', 'act/li-wenzu-wang-qiaoling-blocked-2016', 'restriction of movement'],
      ['Wang Qiaoling', 'spouse', 'Li Heping', 'act/li-wenzu-wang-qiaoling-intimidation', 'harassment'],
      ['Wang Qiaoling', 'spouse', 'Li Heping', 'act/li-wenzu-wang-qiaoling-intimidation', 'intimidation and threats'],
      ['Zhao Suli', 'spouse', 'Qin Yongmin', 'act/zhao-suli-house-arrest', 'house arrest'],
      ['Zhao Suli', 'spouse', 'Qin Yongmin', 'act/zhao-suli-incommunicado-detention', 'enforced disappearance'],
      ['Zhao Suli', 'spouse', 'Qin Yongmin', 'act/zhao-suli-incommunicado-detention', 'incommunicado detention'],
    ]);
  });
});

describe('queries/remained-detained.rq', () => {
  it("lists the persons deprived of liberty at the report's date and the ongoing act", () => {
    const rows = runQueryFile('remained-detained').map((r) => [r.name, r.act, r.types, r.since ?? '']);
    expect(rows).toEqual([
      ['Jiang Tianyong', 'act/jiang-tianyong-imprisonment', 'imprisonment', 'incarcerated today'],
      ['Li Kezhen', 'act/mi-chongbiao-li-kezhen-confinement', 'enforced disappearance, house arrest', 'since May 2012'],
      ['Li Xiaoling', 'act/li-xiaoling-detention-2017', 'detention', 'June 2017'],
      ['Li Yuhan', 'act/li-yuhan-detention-2017', 'detention', 'October 2017'],
      ['Mi Chongbiao', 'act/mi-chongbiao-li-kezhen-confinement', 'enforced disappearance, house arrest', 'since May 2012'],
      ['Qin Yongmin', 'act/qin-yongmin-imprisonment', 'imprisonment', 'incarcerated today'],
      ['Wang Quanzhang', 'act/wang-quanzhang-back-incommunicado-2018', 'incommunicado detention', 'soon after'],
      ['Wang Quanzhang', 'act/wang-quanzhang-disappearance', 'enforced disappearance, detention', 'since August 2015'],
      ['Zhao Suli', 'act/zhao-suli-house-arrest', 'house arrest', 'after resurfacing'],
      ['Zhen Jianghua', 'act/zhen-jianghua-detention-2017', 'detention', 'September 2017'],
    ]);
  });

  it('names exactly the six persons of the photo caption among those held, and the three others', () => {
    const names = new Set(runQueryFile('remained-detained').map((r) => r.name));
    for (const pictured of ['Jiang Tianyong', 'Li Yuhan', 'Zhen Jianghua', 'Wang Quanzhang', 'Li Xiaoling', 'Qin Yongmin']) {
      expect(names).toContain(pictured);
    }
    expect([...names].sort()).toHaveLength(9);
  });
});

describe('queries/source-passage.rq', () => {
  it("gives the report's exact words about Cao Shunli's death in custody, at their offsets", () => {
    const text = readFileSync(SOURCE_TEXT_FILE, 'utf8');
    const rows = runQueryFile('source-passage');
    expect(rows.map((r) => r.exact)).toEqual([
      'since the March 2014 death in custody of activist Cao Shunli.',
      'In March 2014, human rights activist Cao Shunli (曹顺利)\u00a0died in police custody in Beijing.',
      'Yet, there has been no independent or credible investigation into her death, and the government has denied all responsibilities for her death.',
    ]);
    // The report's text is all in the Basic Multilingual Plane: code points = UTF-16 units.
    for (const row of rows) {
      expect(Number(row.start)).toBe(text.indexOf(row.exact ?? ''));
      expect(Number(row.end)).toBe(text.indexOf(row.exact ?? '') + (row.exact ?? '').length);
    }
  });
});
