/** A calendar date as `YYYY-MM-DD`. All arithmetic here is on UTC dates, so no time zone can shift a day. */
export type CalendarDate = string;

export interface Holiday {
  date: CalendarDate;
  id: string;
  name: { da: string; en: string };
}

export function toCalendarDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

export function parseCalendarDate(value: CalendarDate | Date): Date {
  if (value instanceof Date) return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError('Expected a calendar date as YYYY-MM-DD');
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = parseCalendarDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toCalendarDate(d);
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toCalendarDate(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Denmark's public holidays (helligdage) in a year. Store bededag was abolished as a public holiday
 * from 2024, so it is included only for earlier years.
 */
export function danishPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number, id: string, da: string, en: string): Holiday => ({ date: addDays(easter, days), id, name: { da, en } });
  const pad = (n: number) => String(n).padStart(2, '0');
  const fixed = (month: number, day: number, id: string, da: string, en: string): Holiday => ({ date: `${year}-${pad(month)}-${pad(day)}`, id, name: { da, en } });
  const holidays: Holiday[] = [
    fixed(1, 1, 'nytaarsdag', 'Nytårsdag', "New Year's Day"),
    fromEaster(-3, 'skaertorsdag', 'Skærtorsdag', 'Maundy Thursday'),
    fromEaster(-2, 'langfredag', 'Langfredag', 'Good Friday'),
    fromEaster(0, 'paaskedag', 'Påskedag', 'Easter Sunday'),
    fromEaster(1, 'anden-paaskedag', '2. påskedag', 'Easter Monday'),
  ];
  if (year < 2024) holidays.push(fromEaster(26, 'store-bededag', 'Store bededag', 'General Prayer Day'));
  holidays.push(
    fromEaster(39, 'kristi-himmelfart', 'Kristi himmelfartsdag', 'Ascension Day'),
    fromEaster(49, 'pinsedag', 'Pinsedag', 'Whit Sunday'),
    fromEaster(50, 'anden-pinsedag', '2. pinsedag', 'Whit Monday'),
    fixed(12, 25, 'juledag', '1. juledag', 'Christmas Day'),
    fixed(12, 26, 'anden-juledag', '2. juledag', 'Boxing Day'),
  );
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

export interface HolidayCalendarOptions {
  /** Extra days the municipality is closed (`YYYY-MM-DD`). */
  extraClosedDates?: readonly CalendarDate[];
  /** Juleaftensdag (24 Dec): not a public holiday by law, but many offices close. */
  includeChristmasEve?: boolean;
  /** Grundlovsdag (5 June): not a public holiday by law, but municipal offices usually close. */
  includeConstitutionDay?: boolean;
  /** Nytårsaftensdag (31 Dec). */
  includeNewYearsEve?: boolean;
}

/** Which dates are closed: public holidays plus what a municipality adds. */
export interface HolidayCalendar {
  isClosed(date: CalendarDate): boolean;
}

export function createHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const byYear = new Map<number, Set<CalendarDate>>();
  const extra = new Set(options.extraClosedDates ?? []);
  const closedIn = (year: number): Set<CalendarDate> => {
    let set = byYear.get(year);
    if (!set) {
      set = new Set(danishPublicHolidays(year).map((h) => h.date));
      if (options.includeChristmasEve) set.add(`${year}-12-24`);
      if (options.includeConstitutionDay) set.add(`${year}-06-05`);
      if (options.includeNewYearsEve) set.add(`${year}-12-31`);
      byYear.set(year, set);
    }
    return set;
  };
  return { isClosed: (date) => extra.has(date) || closedIn(Number(date.slice(0, 4))).has(date) };
}

let defaultCalendar: HolidayCalendar | undefined;

/** A weekday that is not a holiday in the calendar (default: Danish public holidays only). */
export function isWorkingDay(date: CalendarDate | Date, calendar: HolidayCalendar = (defaultCalendar ??= createHolidayCalendar())): boolean {
  const d = parseCalendarDate(date);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !calendar.isClosed(toCalendarDate(d));
}
