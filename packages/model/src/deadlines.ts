import { toPlainData } from './plain.js';
import { type CalendarDate, type HolidayCalendar, addDays, createHolidayCalendar, parseCalendarDate, toCalendarDate } from './holidays.js';

/**
 * The most working days `addWorkingDays` counts: about fourteen years. Every deadline in Barnets lov and
 * in a municipality's own practice is days or months, so a larger count is a mistake (or hostile input),
 * and it is rejected before a single day is counted instead of walking the calendar for seconds.
 */
export const MAX_WORKING_DAYS = 3650;

const DAY = 24 * 60 * 60 * 1000;
/** The Danish public holidays, made when first asked (so a page that only formats dates carries no holiday table). */
let danish: HolidayCalendar | undefined;
const danishCalendar = () => (danish ??= createHolidayCalendar());

/**
 * `n` working days after `date` (weekends and holidays skipped). With n = 0 the date itself when it is a
 * working day, else the next working day: "by the end of day 0" must land on a day someone works.
 *
 * @throws {RangeError} at once, without consulting the calendar, when `n` is not a whole number from 0 to
 * `MAX_WORKING_DAYS` (a fraction, NaN, ±Infinity, a negative or a larger number, a non-number) or `date` is
 * not a calendar date (`YYYY-MM-DD`) or a valid `Date`; and when the calendar has no working day where one
 * must be (at most `2n + 400` days are searched, so a calendar that closes every day cannot hang the page).
 */
export function addWorkingDays(date: CalendarDate | Date, n: number, calendar?: HolidayCalendar): CalendarDate {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
    throw new RangeError(`n must be a whole number from 0 to ${MAX_WORKING_DAYS} (MAX_WORKING_DAYS)`);
  }
  const start = parseCalendarDate(date).getTime();
  if (Number.isNaN(start)) throw new RangeError('Expected a calendar date as YYYY-MM-DD or a valid Date');
  // Whole days since 1970-01-01 (a Thursday): the weekday is arithmetic, and the calendar is asked only
  // about weekdays — a few thousand look-ups for the largest count, well under a millisecond.
  const first = Math.round(start / DAY);
  const limit = first + 2 * n + 400;
  let left = n;
  for (let day = n === 0 ? first : first + 1; day <= limit; day++) {
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday === 0 || weekday === 6) continue;
    const iso = isoDay(day);
    if ((calendar ?? danishCalendar()).isClosed(iso)) continue;
    if (left === 0 || --left === 0) return iso;
  }
  throw new RangeError(`The calendar has no ${n === 0 ? 'working day' : `${n} working days`} within ${limit - first} days of ${toCalendarDate(new Date(start))}`);
}

/**
 * The calendar date of a day number (days since 1970-01-01), by integer arithmetic (H. Hinnant's
 * days-to-civil): a `Date` and `toISOString` per day made the largest count take milliseconds.
 */
function isoDay(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return toCalendarDate(new Date(days * DAY));
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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
