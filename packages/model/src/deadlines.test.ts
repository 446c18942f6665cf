import { expect } from '@open-wc/testing';
import { addWorkingDays, createHolidayCalendar, danishPublicHolidays, easterSunday, isWorkingDay, momentOfDay, referralDeadlines } from './index.js';

describe('Danish public holidays', () => {
  it('computes Easter', () => {
    expect(['2024', '2025', '2026', '2027'].map((y) => easterSunday(Number(y)))).to.deep.equal(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28']);
  });

  it('has store bededag until 2023 and not from 2024', () => {
    expect(danishPublicHolidays(2023).find((h) => h.id === 'store-bededag')?.date).to.equal('2023-05-05');
    expect(danishPublicHolidays(2024).some((h) => h.id === 'store-bededag')).to.equal(false);
    expect(isWorkingDay('2024-04-26')).to.equal(true);
    expect(isWorkingDay('2023-05-05')).to.equal(false);
  });

  it('lists the 2026 holidays with Danish and English names', () => {
    expect(danishPublicHolidays(2026).map((h) => h.date)).to.deep.equal([
      '2026-01-01', '2026-04-02', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-14', '2026-05-24', '2026-05-25', '2026-12-25', '2026-12-26',
    ]);
    expect(danishPublicHolidays(2026)[5]!.name).to.deep.equal({ da: 'Kristi himmelfartsdag', en: 'Ascension Day' });
  });
});

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-11-20', 1)).to.equal('2026-11-23'); // Friday → Monday
    expect(addWorkingDays('2026-11-22', 0)).to.equal('2026-11-23'); // Sunday, day 0 → Monday
    expect(addWorkingDays('2026-11-23', 0)).to.equal('2026-11-23');
    expect(addWorkingDays('2026-11-16', 6)).to.equal('2026-11-24');
  });

  it('skips Easter (sent the Wednesday before)', () => {
    expect(addWorkingDays('2026-04-01', 1)).to.equal('2026-04-07');
    expect(addWorkingDays('2026-04-01', 6)).to.equal('2026-04-14');
  });

  it('skips Kristi himmelfart and pinse', () => {
    expect(addWorkingDays('2026-05-13', 1)).to.equal('2026-05-15');
    expect(addWorkingDays('2026-05-22', 1)).to.equal('2026-05-26');
  });

  it('skips Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-23', 6)).to.equal('2027-01-04');
    expect(addWorkingDays('2026-12-23', 6, createHolidayCalendar({ includeChristmasEve: true, includeNewYearsEve: true }))).to.equal('2027-01-06');
  });

  it('follows the 2024 removal of store bededag', () => {
    expect(addWorkingDays('2023-05-04', 1)).to.equal('2023-05-08');
    expect(addWorkingDays('2024-04-25', 1)).to.equal('2024-04-26');
  });

  it("honours a municipality's extra closed days", () => {
    const calendar = createHolidayCalendar({ extraClosedDates: ['2026-11-23'], includeConstitutionDay: true });
    expect(addWorkingDays('2026-11-20', 1, calendar)).to.equal('2026-11-24');
    expect(isWorkingDay('2026-06-05', calendar)).to.equal(false);
    expect(isWorkingDay('2026-06-05')).to.equal(true);
  });

  it('rejects negative or fractional day counts', () => {
    expect(() => addWorkingDays('2026-11-20', -1)).to.throw(RangeError);
    expect(() => addWorkingDays('2026-11-20', 1.5)).to.throw(RangeError);
  });
});

describe('referralDeadlines', () => {
  it('is undefined until the referral is sent', () => {
    expect(referralDeadlines({ statusHistory: [{ status: 'draft', at: '2026-11-16T08:00:00Z' }] })).to.equal(undefined);
  });

  it('gives the 24-hour danger assessment, the 6-working-day receipt and the one-week target', () => {
    const deadlines = referralDeadlines({ statusHistory: [{ status: 'draft', at: '2026-11-13T08:00:00Z' }, { status: 'sent', at: '2026-11-16T08:30:00Z' }] }, { now: new Date('2026-11-17T08:00:00Z') });
    expect(deadlines).to.deep.equal({
      sentAt: '2026-11-16T08:30:00Z',
      receiptDueOn: '2026-11-24',
      dangerAssessmentDueAt: '2026-11-17T08:30:00.000Z',
      helpWithinWeekOn: '2026-11-23',
      receiptOverdue: false,
      dangerAssessmentOverdue: false,
    });
  });

  it('flags overdue deadlines until the receipt is confirmed', () => {
    const sent = [{ status: 'sent', at: '2026-11-16T08:30:00Z' }];
    const late = referralDeadlines({ statusHistory: sent }, { now: new Date('2026-11-25T10:00:00Z') })!;
    expect([late.receiptOverdue, late.dangerAssessmentOverdue]).to.deep.equal([true, true]);
    const confirmed = referralDeadlines({ statusHistory: [...sent, { status: 'receipt-confirmed', at: '2026-11-18T10:00:00Z' }] }, { now: new Date('2026-11-25T10:00:00Z') })!;
    expect(confirmed.receiptOverdue).to.equal(false);
  });

  it('counts from the Danish date of the sending instant', () => {
    // 22:30 UTC on 31 March is 00:30 on 1 April in Copenhagen (summer time).
    const deadlines = referralDeadlines({ sentAt: '2026-03-31T22:30:00Z' })!;
    expect(deadlines.receiptDueOn).to.equal('2026-04-14');
    expect(deadlines.helpWithinWeekOn).to.equal('2026-04-08');
  });
});

describe('momentOfDay', () => {
  it('keeps this moment for today (the Danish day), noon Danish time for an earlier day, never later than now', () => {
    const now = new Date('2026-04-10T22:30:00Z'); // 00:30 on 11 April in Denmark
    expect(momentOfDay('2026-04-11', now)).to.equal(now.toISOString());
    expect(momentOfDay('2026-04-09', now)).to.equal('2026-04-09T11:00:00.000Z');
    expect(momentOfDay('2026-04-10', new Date('2026-04-10T05:00:00Z'))).to.equal('2026-04-10T05:00:00.000Z');
  });
});
