// Calendar arithmetic on xsd:date lexical values ("YYYY-MM-DD", no time zone), as the graph's
// date bounds are written. Pure string/number work: no Date objects, so no time-zone shifts.

export interface Day {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** Parses "YYYY-MM-DD"; undefined for anything else (the shapes report malformed dates). */
export function parseDay(lexical: string | undefined): Day | undefined {
  const match = lexical === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(lexical);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatDay({ year, month, day }: Day): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function lastOfMonth(year: number, month: number): Day {
  return { year, month, day: daysInMonth(year, month) };
}

/** Meteorological seasons of the northern hemisphere, by the month they start in. */
const SEASON_STARTS = [3, 6, 9, 12] as const;

export function isSeasonStart(day: Day): boolean {
  return day.day === 1 && (SEASON_STARTS as readonly number[]).includes(day.month);
}

/** The last day of a season: 31 May, 31 August, 30 November, end of February. */
export function isSeasonEnd(day: Day): boolean {
  return [2, 5, 8, 11].includes(day.month) && day.day === daysInMonth(day.year, day.month);
}

/** Months from `a` to `b` counting both (1 for the same month). */
export function monthSpan(a: Day, b: Day): number {
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/** The earlier of two dates in lexical form (xsd:date strings compare as dates). */
export function earlier(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}
