import { toPlainData } from './plain.js';
import { type CalendarDate, type HolidayCalendar, addDays, isWorkingDay, parseCalendarDate, toCalendarDate } from './holidays.js';

/**
 * `n` working days after `date` (weekends and holidays skipped). With n = 0 the date itself when it is a
 * working day, else the next working day: "by the end of day 0" must land on a day someone works.
 */
export function addWorkingDays(date: CalendarDate | Date, n: number, calendar?: HolidayCalendar): CalendarDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let current = toCalendarDate(parseCalendarDate(date));
  if (n === 0) {
    while (!isWorkingDay(current, calendar)) current = addDays(current, 1);
    return current;
  }
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

const copenhagenDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Danish calendar date of an instant (a referral sent at 23:30 Danish time is sent that day). */
export function danishDate(instant: string | Date): CalendarDate {
  return copenhagenDate.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/**
 * The moment to record for something that happened on a Danish calendar day and is entered afterwards (a
 * consent, a receipt, an outcome): today keeps `now`; an earlier day is noon Danish time, never later than
 * `now`.
 */
export function momentOfDay(day: CalendarDate, now: Date = new Date()): string {
  if (day === danishDate(now)) return now.toISOString();
  return new Date(Math.min(Date.parse(`${day}T11:00:00Z`), now.getTime())).toISOString();
}

export interface ReferralDeadlines {
  sentAt: string;
  /** Receipt of an underretning is confirmed within 6 working days (Barnets lov § 137). */
  receiptDueOn: CalendarDate;
  /** The municipality assesses within 24 hours whether the child is in danger. */
  dangerAssessmentDueAt: string;
  /** The municipal target: help within a week. */
  helpWithinWeekOn: CalendarDate;
  receiptOverdue: boolean;
  dangerAssessmentOverdue: boolean;
}

/** Deadlines that start when a referral is sent; undefined while it is a draft. */
export function referralDeadlines(
  referral: { sentAt?: string; status?: string; statusHistory?: readonly { status: string; at: string }[] },
  options: { calendar?: HolidayCalendar; now?: Date } = {},
): ReferralDeadlines | undefined {
  // Read as plain data with guards: a hostile or malformed referral has no deadlines, never a TypeError.
  const plain = toPlainData(referral);
  const data = plain.ok && typeof plain.value === 'object' && plain.value !== null ? (plain.value as Record<string, unknown>) : {};
  const history = (Array.isArray(data.statusHistory) ? data.statusHistory : []).filter(
    (entry): entry is { status: string; at: string } => typeof entry === 'object' && entry !== null && typeof entry.status === 'string' && typeof entry.at === 'string',
  );
  const sentAt = typeof data.sentAt === 'string' ? data.sentAt : history.find((entry) => entry.status === 'sent')?.at;
  if (!sentAt) return undefined;
  const sent = new Date(sentAt);
  if (Number.isNaN(sent.getTime())) return undefined;
  const sentOn = danishDate(sent);
  const receiptDueOn = addWorkingDays(sentOn, 6, options.calendar);
  const dangerAssessmentDueAt = new Date(sent.getTime() + 24 * 60 * 60 * 1000).toISOString();
  const now = options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const confirmed = history.some((entry) => entry.status === 'receipt-confirmed' || entry.status === 'outcome');
  return {
    sentAt,
    receiptDueOn,
    dangerAssessmentDueAt,
    helpWithinWeekOn: addDays(sentOn, 7),
    receiptOverdue: !confirmed && danishDate(now) > receiptDueOn,
    dangerAssessmentOverdue: !confirmed && now.getTime() > Date.parse(dangerAssessmentDueAt),
  };
}
