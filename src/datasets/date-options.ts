/**
 * The dates a reader can choose, each with the event it belongs to: "6–7 Jan 2026 — Paris
 * Declaration". Positions are dated by their sources, so one event's reactions spread over the
 * following day or two; those days are one option (its value is the last day, so every reaction
 * is in) rather than three options a class cannot tell apart.
 */
import { snapshotDates } from './dataset';
import type { CoalitionFile, Country } from './schemas';

export interface DateOption {
  /** The date the option shows (the group's last day). */
  value: string;
  /** The first and last day it covers (equal for a single day). */
  first: string;
  last: string;
  /** The event it belongs to, from the timeline; absent when none is on its first day. */
  event?: string;
}

type Timeline = CoalitionFile['timeline'];

const nextDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/** The timeline's event on a day: its key event if it has one, else its first. */
function eventOn(timeline: Timeline, day: string) {
  const on = timeline.filter((e) => e.date === day);
  return on.find((e) => e.key) ?? on[0];
}

/**
 * Snapshot dates from `from` on, grouped: a day joins the option before it when it follows that
 * option's last day directly, the option belongs to an event, and the day has no key event of
 * its own (a key event always opens its own option).
 */
export function dateOptions(
  countries: readonly Country[],
  timeline: Timeline,
  from: string,
): DateOption[] {
  const options: DateOption[] = [];
  for (const day of snapshotDates(countries).filter((d) => d >= from)) {
    const own = eventOn(timeline, day);
    const prev = options[options.length - 1];
    if (prev?.event && nextDay(prev.last) === day && !own?.key) {
      prev.last = day;
      prev.value = day;
    } else options.push({ value: day, first: day, last: day, ...(own && { event: own.title }) });
  }
  return options;
}

/** The option a chosen date falls in (any day of its span), if any. */
export const optionOf = (options: readonly DateOption[], date: string) =>
  options.find((o) => o.first <= date && date <= o.last);
