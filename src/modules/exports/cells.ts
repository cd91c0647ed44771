import type { Option } from "../programme/index.js";

// One formatter for every cell: making one is far slower than using it.
const UK_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });

export const ukDate = (instant: Date | null | undefined) => (instant ? UK_DATE.format(instant) : "");

export const yesNo = (value: boolean) => (value ? "Yes" : "No");

export const labels = (options: readonly Option[], values: readonly string[]) =>
  options
    .filter((option) => values.includes(option.value))
    .map((option) => option.label)
    .join("; ");

/** The rows after the last one of the batch before, if any. */
export const after = (id: string | undefined) => (id ? { id: { gt: id } } : {});
