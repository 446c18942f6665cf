import { expect } from '@open-wc/testing';
import { MAX_WORKING_DAYS, addWorkingDays, addDays, createHolidayCalendar, danishPublicHolidays, easterSunday, isWorkingDay, momentOfDay, referralDeadlines } from './index.js';

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

  it('rejects an absurd count at once, before the calendar is asked about a single day', () => {
    let asked = 0;
    // Throws a plain Error (not a RangeError) once asked more than any allowed count needs: a count
    // that is walked instead of rejected fails here in milliseconds rather than hanging the test.
    const counting = { isClosed: () => { if (++asked > 20_000) throw new Error('the calendar was walked'); return false; } };
    for (const n of [2 ** 60, Number.MAX_SAFE_INTEGER, MAX_WORKING_DAYS + 1, Infinity, -Infinity, NaN, -1, -(2 ** 60), 0.5, 1e-300, '6', null, undefined]) {
      expect(() => addWorkingDays('2026-11-20', n as number, counting), String(n)).to.throw(RangeError, 'MAX_WORKING_DAYS');
    }
    expect(asked).to.equal(0);
    expect(() => addWorkingDays('2026-11-20', MAX_WORKING_DAYS, counting)).not.to.throw();
  });

  it('counts up to MAX_WORKING_DAYS exactly as a day-by-day walk does', () => {
    const walk = (from: string, n: number, calendar?: ReturnType<typeof createHolidayCalendar>) => {
      let day = from;
      while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
      if (n > 0) day = from;
      for (let left = n; left > 0; ) if (isWorkingDay((day = addDays(day, 1)), calendar)) left--;
      return day;
    };
    const closed = createHolidayCalendar({ extraClosedDates: ['2026-12-28', '2026-12-29', '2027-07-05'], includeChristmasEve: true, includeNewYearsEve: true });
    for (const from of ['2026-11-20', '2026-11-22', '2026-12-24', '1969-12-31', '2023-05-04']) {
      for (const n of [0, 1, 2, 6, 7, 250, 1000, MAX_WORKING_DAYS]) {
        expect(addWorkingDays(from, n), `${from} + ${n}`).to.equal(walk(from, n));
        expect(addWorkingDays(from, n, closed), `${from} + ${n}, closed days`).to.equal(walk(from, n, closed));
      }
    }
    expect(addWorkingDays(new Date('2026-11-22T23:30:00Z'), 1)).to.equal('2026-11-23');
  });

  it('stops with a RangeError when the calendar has no working day, or the date is not one', () => {
    let asked = 0;
    const alwaysClosed = { isClosed: () => (++asked, true) };
    expect(() => addWorkingDays('2026-11-20', 0, alwaysClosed)).to.throw(RangeError, 'no working day');
    expect(() => addWorkingDays('2026-11-20', MAX_WORKING_DAYS, alwaysClosed)).to.throw(RangeError, 'working days');
    expect(asked).to.be.lessThan(10_000);
    for (const date of ['20-11-2026', '', new Date(Number.NaN), 5, null]) expect(() => addWorkingDays(date as string, 1), String(date)).to.throw(RangeError);
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
