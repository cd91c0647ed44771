import { describe, expect, it } from "vitest";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "../../src/modules/decisions/bank-holidays.js";
import { addWorkingDays, isIsoDate, onOrBefore, ukDate } from "../../src/platform/working-days.js";

const holidays = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);
const none = new Set<string>();

describe("working days in England and Wales", () => {
  it("skips weekends", () => {
    // Monday 2 November 2026 + 10 working days = Monday 16 November
    expect(addWorkingDays("2026-11-02", 10, holidays)).toBe("2026-11-16");
    // Friday + 1 = Monday
    expect(addWorkingDays("2026-11-06", 1, holidays)).toBe("2026-11-09");
  });

  it("skips Christmas, Boxing Day (substitute) and New Year's Day", () => {
    // Friday 18 December 2026: 21,22,23,24 (4), 25 and 28 are bank holidays, 29,30,31 (7),
    // 1 January is a bank holiday, then 4,5,6 January 2027 (10).
    expect(addWorkingDays("2026-12-18", 10, holidays)).toBe("2027-01-06");
    expect(addWorkingDays("2026-12-18", 10, none)).toBe("2027-01-01");
  });

  it("skips Good Friday and Easter Monday", () => {
    // Thursday 25 March 2027: 26th Good Friday, 29th Easter Monday, so +1 is Tuesday 30 March.
    expect(addWorkingDays("2027-03-25", 1, holidays)).toBe("2027-03-30");
  });

  it("skips a bank holiday the lead has added", () => {
    const withExtra = new Set([...holidays, "2026-11-09"]);
    expect(addWorkingDays("2026-11-06", 1, withExtra)).toBe("2026-11-10");
  });

  it("counts the whole of the last day in UK time, through the clocks changing", () => {
    expect(onOrBefore(new Date("2026-11-16T23:59:00Z"), "2026-11-16")).toBe(true);
    expect(onOrBefore(new Date("2026-11-17T00:00:00Z"), "2026-11-16")).toBe(false);
    // 23:30 UTC on 1 July is already 2 July in London (BST).
    expect(ukDate(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02");
  });

  it("checks dates for real calendar days", () => {
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2028-02-29")).toBe(true);
    expect(isIsoDate("29/02/2028")).toBe(false);
  });
});
