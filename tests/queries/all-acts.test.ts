// Competency queries over all acts: UN reports, cooperation punished, travel stopped, perpetrators,
// and acts per type per year. Each answer asserted in full.
import { describe, expect, it } from 'vitest';
import { runQueryFile } from '../helpers/run-query.js';

const rows = (name: string, ...columns: string[]) =>
  runQueryFile(name).map((row) => columns.map((c) => row[c] ?? ''));

describe('queries/cases-in-sg-reports.rq', () => {
  it("lists, year by year, who the Secretary-General's reprisals reports raised", () => {
    expect(rows('cases-in-sg-reports', 'year', 'subject')).toEqual([
      ['2016', 'group/defenders-barred-cat-review-2015'],
      ['2017', 'person/dolkun-isa'],
      ['2017', 'person/jiang-tianyong'],
      ['2017', 'person/li-wenzu'],
      ['2017', 'person/wang-qiaoling'],
      ['2018', 'person/jiang-tianyong'],
      ['2018', 'person/li-kezhen'],
      ['2018', 'person/mi-chongbiao'],
      ['2018', 'person/qin-yongmin'],
      ['2018', 'person/wang-yu-lawyer'],
    ]);
  });
});

describe('queries/stopped-on-the-way.rq', () => {
  it('lists who was stopped on the way to Geneva or to a training', () => {
    expect(rows('stopped-on-the-way', 'act', 'perpetrators', 'date', 'destination')).toEqual([
      ['act/activists-blocked-travel-2014', '', '2014', 'a training'],
      ['act/cao-shunli-airport-detention-2013', 'Chinese police (unit not specified)', 'September 2013', 'Geneva'],
      ['act/chen-jianfang-ireland-forum-2017', 'Chinese authorities (not specified)', 'October 2017', 'a training'],
      ['act/defenders-barred-cat-review-2015', 'Border police (China) | Chinese authorities (not specified)', 'November 2015', 'Geneva'],
      ['act/deng-chuanbin-passport-seized-2015', 'Sichuan police', 'June 2015', 'a training'],
      ['act/hrds-blocked-training-2017', 'Chinese police (unit not specified)', '2017', 'a training'],
      ['act/lawyer-barred-training-2016', 'Chinese police (unit not specified)', 'March 2016', 'a training'],
      ['act/lawyers-barred-hong-kong-workshop-2015', 'Chinese authorities (not specified)', 'September 2015', 'a training'],
      ['act/wang-qiuyun-blocked-cedaw-2014', 'Henan police', 'October 2014', 'Geneva'],
    ]);
  });
});

describe('queries/acts-per-perpetrator.rq', () => {
  it('counts acts per perpetrator institution', () => {
    expect(rows('acts-per-perpetrator', 'name', 'organType', 'acts')).toEqual([
      ["Chinese police (unit not specified)","police","11"],
      ["Chinese authorities (not specified)","authorities (unspecified)","10"],
      ["Chinese diplomats and representatives at the UN","diplomats and delegations","4"],
      ["Beijing police","police","2"],
      ["Guangdong police","police","2"],
      ["Henan police","police","2"],
      ["Shenyang police","police","2"],
      ["Sichuan police","police","2"],
      ["A court in Hunan","court","1"],
      ["A court in Tianjin","court","1"],
      ["A court in Wuhan","court","1"],
      ["A court in Zhuhai, Guangdong","court","1"],
      ["Border police (China)","border police","1"],
      ["Chinese officials (not specified)","authorities (unspecified)","1"],
      ["Global Times","state-controlled media","1"],
      ["Hubei police","police","1"],
      ["Judicial authorities (not specified)","judicial authorities","1"],
      ["Police in Southeast Asia (country not named)","police","1"],
      ["Shanghai police","police","1"],
      ["Tianjin prosecutors","prosecutors","1"],
    ]);
  });
});

describe('queries/acts-per-type-per-year.rq', () => {
  it('counts acts per type and starting year, across date precisions', () => {
    expect(rows('acts-per-type-per-year', 'actType', 'year', 'acts', 'datedToMonthOrDay')).toEqual([
      ["denial of legal counsel","2012","1","1"],
      ["enforced disappearance","2012","1","1"],
      ["house arrest","2012","1","1"],
      ["torture or ill-treatment","2012","1","0"],
      ["denial of medical care","2013","1","0"],
      ["detention","2013","1","1"],
      ["torture or ill-treatment","2013","1","0"],
      ["travel ban or blocked departure","2013","1","1"],
      ["criminal detention","2014","1","1"],
      ["death in custody","2014","1","1"],
      ["detention","2014","1","1"],
      ["disruption at the UN","2014","1","1"],
      ["forced medical treatment","2014","1","0"],
      ["harassment","2014","1","0"],
      ["travel ban or blocked departure","2014","2","1"],
      ["detention","2015","4","1"],
      ["disruption at the UN","2015","1","1"],
      ["enforced disappearance","2015","2","1"],
      ["harassment","2015","1","1"],
      ["house arrest","2015","1","0"],
      ["incommunicado detention","2015","2","0"],
      ["passport confiscation","2015","1","1"],
      ["police raid","2015","1","0"],
      ["travel ban or blocked departure","2015","2","2"],
      ["intimidation and threats","2016","1","1"],
      ["restriction of movement","2016","1","1"],
      ["smear campaign in state media","2016","1","0"],
      ["travel ban or blocked departure","2016","1","1"],
      ["warning","2016","1","1"],
      ["conviction and sentencing","2017","2","2"],
      ["detention","2017","4","3"],
      ["disruption at the UN","2017","1","0"],
      ["formal arrest","2017","2","1"],
      ["imprisonment","2017","1","0"],
      ["indictment","2017","1","1"],
      ["police raid","2017","1","0"],
      ["travel ban or blocked departure","2017","2","1"],
      ["anonymous threat","2018","2","0"],
      ["conviction and sentencing","2018","1","1"],
      ["denial of entry to UN premises","2018","1","1"],
      ["disbarment or licence revocation","2018","1","1"],
      ["imprisonment","2018","1","0"],
      ["incommunicado detention","2018","1","0"],
      ["secret trial","2018","1","1"],
      ["abduction","undated","1","0"],
      ["anonymous threat","undated","1","0"],
      ["criminal detention","undated","1","0"],
      ["detention","undated","2","0"],
      ["disruption at the UN","undated","1","0"],
      ["enforced disappearance","undated","1","0"],
      ["forced medical treatment","undated","1","0"],
      ["harassment","undated","4","0"],
      ["interrogation","undated","1","0"],
      ["intimidation and threats","undated","2","0"],
      ["psychiatric detention","undated","1","0"],
      ["surveillance","undated","1","0"],
      ["threat","undated","1","0"],
      ["torture or ill-treatment","undated","2","0"],
      ["travel ban or blocked departure","undated","1","0"],
    ]);
  });
});

describe('queries/punishment-by-cooperation.rq', () => {
  it('pairs each kind of cooperation with who engaged and the act that punished or prevented it', () => {
    expect(rows('punishment-by-cooperation', 'engagementKind', 'name', 'act')).toEqual([
      ["NGO advocacy at the UN","Network of Chinese Human Rights Defenders","act/chrd-global-times-smear-2016"],
      ["advocacy for UN standards","Mi Chongbiao","act/mi-chongbiao-li-kezhen-confinement"],
      ["advocacy for UN standards","Qin Yongmin","act/qin-yongmin-imprisonment"],
      ["advocacy for UN standards","Qin Yongmin","act/qin-yongmin-sentenced-2018"],
      ["association with a person who cooperated","Li Yuhan","act/li-yuhan-detention-2017"],
      ["association with a person who cooperated","Liu Xiaofang","act/liu-xiaofang-criminal-detention-2014"],
      ["association with a person who cooperated","Peng Lanlan","act/peng-lanlan-detention-2014"],
      ["association with a person who cooperated","Peng Lanlan","act/peng-lanlan-psychiatric-detention"],
      ["association with a person who cooperated","Wang Yu","act/wang-yu-detention-709"],
      ["attending a human-rights training","A rights lawyer barred from a training on UN human rights mechanisms in March 2016 (not named)","act/lawyer-barred-training-2016"],
      ["attending a human-rights training","At least three human rights defenders, including two lawyers, blocked from a training abroad in 2017","act/hrds-blocked-training-2017"],
      ["attending a human-rights training","Chen Jianfang","act/chen-jianfang-ireland-forum-2017"],
      ["attending a human-rights training","Deng Chuanbin","act/deng-chuanbin-harassed-2015"],
      ["attending a human-rights training","Deng Chuanbin","act/deng-chuanbin-passport-seized-2015"],
      ["attending a human-rights training","Four human rights lawyers barred from a workshop in Hong Kong on the Convention against Torture, September 2015","act/lawyers-barred-hong-kong-workshop-2015"],
      ["attending a human-rights training","Jiang Tianyong","act/jiang-tianyong-imprisonment"],
      ["attending a human-rights training","Jiang Tianyong","act/jiang-tianyong-sentenced-2017"],
      ["attending a human-rights training","Li Heping","act/li-heping-convicted-2017"],
      ["attending a human-rights training","Li Heping","act/li-heping-detention-709"],
      ["attending a human-rights training","Li Xiaoling","act/li-xiaoling-detention-2017"],
      ["attending a human-rights training","Li Yuhan","act/li-yuhan-detention-2017"],
      ["attending a human-rights training","Organizers and participants of a human rights training in Southeast Asia, 2017 (not numbered)","act/southeast-asia-training-raid-2017"],
      ["attending a human-rights training","Several activists blocked from traveling to trainings or a treaty body review, or harassed after their return, in 2014 (not numbered)","act/activists-blocked-travel-2014"],
      ["attending a human-rights training","Several activists blocked from traveling to trainings or a treaty body review, or harassed after their return, in 2014 (not numbered)","act/activists-harassed-after-return-2014"],
      ["attending a human-rights training","Wang Quanzhang","act/wang-quanzhang-disappearance"],
      ["attending a human-rights training","Wang Yu","act/wang-yu-detention-709"],
      ["attending a human-rights training","Zhen Jianghua","act/zhen-jianghua-detention-2017"],
      ["communicating with special procedures","Li Wenzu","act/li-wenzu-wang-qiaoling-intimidation"],
      ["communicating with special procedures","Qin Yongmin","act/qin-yongmin-imprisonment"],
      ["communicating with special procedures","Qin Yongmin","act/qin-yongmin-sentenced-2018"],
      ["communicating with special procedures","Wang Qiaoling","act/li-wenzu-wang-qiaoling-intimidation"],
      ["exercise of a universal right","Qin Yongmin","act/qin-yongmin-imprisonment"],
      ["exercise of a universal right","Qin Yongmin","act/qin-yongmin-sentenced-2018"],
      ["meeting a UN expert","Jiang Tianyong","act/jiang-tianyong-imprisonment"],
      ["meeting a UN expert","Jiang Tianyong","act/jiang-tianyong-sentenced-2017"],
      ["meeting a UN expert","Li Wenzu","act/li-wenzu-wang-qiaoling-blocked-2016"],
      ["meeting a UN expert","Wang Qiaoling","act/li-wenzu-wang-qiaoling-blocked-2016"],
      ["monitoring a UN process","Activists who filed Open Government Information requests about China's UPR State Report, its human rights action plans and its State party report to CAT (not numbered)","act/ogi-activists-detention"],
      ["monitoring a UN process","Activists who filed Open Government Information requests about China's UPR State Report, its human rights action plans and its State party report to CAT (not numbered)","act/ogi-activists-interrogation"],
      ["monitoring a UN process","Activists who filed Open Government Information requests about China's UPR State Report, its human rights action plans and its State party report to CAT (not numbered)","act/ogi-activists-intimidation"],
      ["monitoring a UN process","Chen Jianfang","act/chen-jianfang-targeted-by-shanghai-police"],
      ["monitoring a UN process","Ye Haiyan","act/ye-haiyan-detention"],
      ["organising a human-rights training","Li Heping","act/li-heping-convicted-2017"],
      ["organising a human-rights training","Li Heping","act/li-heping-detention-709"],
      ["organising a human-rights training","Network of Chinese Human Rights Defenders","act/chrd-global-times-smear-2016"],
      ["organising a human-rights training","Network of Chinese Human Rights Defenders","act/chrd-threatened-over-planned-trainings-2018"],
      ["organising a human-rights training","Organizers and participants of a human rights training in Southeast Asia, 2017 (not numbered)","act/southeast-asia-training-raid-2017"],
      ["submitting information","Mi Chongbiao","act/mi-chongbiao-li-kezhen-confinement"],
      ["submitting information","Network of Chinese Human Rights Defenders","act/chrd-staff-abduction-threat-2018"],
      ["taking part in UN meetings","A rights activist intimidated and warned by police in March 2016 (not named)","act/activist-intimidated-warned-2016"],
      ["taking part in UN meetings","Activists or NGO representatives speaking during Human Rights Council sessions (not numbered)","act/diplomats-interrupt-speakers-at-hrc"],
      ["taking part in UN meetings","Activists or NGO representatives speaking during Human Rights Council sessions (not numbered)","act/diplomats-photograph-follow-activists-at-un"],
      ["taking part in UN meetings","Cao Shunli","act/cao-shunli-airport-detention-2013"],
      ["taking part in UN meetings","Dolkun Isa","act/dolkun-isa-denied-entry-un-hq-2018"],
      ["taking part in UN meetings","Dolkun Isa","act/dolkun-isa-participation-disrupted-2017"],
      ["taking part in UN meetings","International Service for Human Rights","act/ishr-minute-of-silence-interrupted-2014"],
      ["taking part in a review","Cao Shunli","act/cao-shunli-abduction-and-disappearance"],
      ["taking part in a review","Cao Shunli","act/cao-shunli-airport-detention-2013"],
      ["taking part in a review","Cao Shunli","act/cao-shunli-death-in-custody"],
      ["taking part in a review","Cao Shunli","act/cao-shunli-denial-of-medicine"],
      ["taking part in a review","Chen Jianfang","act/chen-jianfang-travel-ban-2013"],
      ["taking part in a review","Civil society seeking to take part in the 2015 CAT review of China (not numbered)","act/civil-society-blocked-cat-review-2015"],
      ["taking part in a review","Li Yuhan","act/li-yuhan-detention-2017"],
      ["taking part in a review","Network of Chinese Human Rights Defenders","act/chrd-global-times-smear-2016"],
      ["taking part in a review","Seven rights defenders prevented from attending the CAT review of China in November 2015","act/defenders-barred-cat-review-2015"],
      ["taking part in a review","Several activists blocked from traveling to trainings or a treaty body review, or harassed after their return, in 2014 (not numbered)","act/activists-blocked-travel-2014"],
      ["taking part in a review","Several activists blocked from traveling to trainings or a treaty body review, or harassed after their return, in 2014 (not numbered)","act/activists-harassed-after-return-2014"],
      ["taking part in a review","Wang Qiuyun","act/wang-qiuyun-blocked-cedaw-2014"],
      ["taking part in a review","Wang Qiuyun","act/wang-qiuyun-forced-hospital-attempt-2014"],
      ["taking part in a review","Wang Yu","act/wang-yu-detention-709"],
      ["taking part in a review","Zhen Jianghua","act/zhen-jianghua-detention-2017"],
    ]);
  });
});

describe('queries/positions-and-reprisals.rq', () => {
  it("sets China's positions at the UN beside the number of acts begun that year", () => {
    expect(rows('positions-and-reprisals', 'position', 'where', 'date', 'actsThatYear')).toEqual([
      ["position/china-2013-upr-no-issue-of-suppressing-hrds","Second Universal Periodic Review of China (2013)","2013","2"],
      ["position/china-2013-upr-recommendation-implemented","Second Universal Periodic Review of China (2013)","2013","2"],
      ["position/china-opposes-hrd-initiatives-unga-2015","United Nations General Assembly","in 2015","12"],
      ["position/china-opposes-hrd-initiatives-hrc-2016-03","United Nations Human Rights Council","in March 2016","4"],
    ]);
  });
});
