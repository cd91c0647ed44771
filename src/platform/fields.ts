import { z } from "zod";
import { isCommonPassword } from "./common-passwords.js";

// Field rules shared by the account, sign-up and organisation forms.

// Control characters (other than none at all) never belong in a one-line answer.
// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;

/** A one-line answer that must be given: trimmed, length-checked, free of control characters. */
export function requiredText(max: number, messages: { required: string; tooLong: string }) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, { error: messages.required })
    .max(max, { error: messages.tooLong })
    .regex(NO_CONTROL_CHARACTERS, { error: messages.required });
}

/** A one-line answer that may be left out ("" when absent). */
export function optionalText(max: number, messages: { tooLong: string; invalid?: string }) {
  return z
    .string()
    .trim()
    .max(max, { error: messages.tooLong })
    .regex(NO_CONTROL_CHARACTERS, { error: messages.invalid ?? messages.tooLong })
    .default("");
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** A new password: long enough, not on the common-passwords list; never trimmed. */
export function newPassword(messages: { required: string } = { required: "Enter a password" }) {
  return z
    .string({ error: messages.required })
    .min(1, { error: messages.required })
    .min(PASSWORD_MIN_LENGTH, { error: `Password must be at least ${PASSWORD_MIN_LENGTH} characters long` })
    .max(PASSWORD_MAX_LENGTH, { error: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer` })
    .refine((value) => !isCommonPassword(value), {
      error:
        "This password is too common and easy to guess. Choose a different one, such as three or four random words",
    });
}

/** One checkbox sends a string, several send an array, none sends nothing. */
export function checkboxValues<T extends string>(allowed: readonly T[], messages: { required: string }) {
  return z.preprocess(
    (value): unknown[] => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z
      .array(z.string(), { error: messages.required })
      .min(1, { error: messages.required })
      .refine((values) => values.every((value) => (allowed as readonly string[]).includes(value)), {
        error: messages.required,
      })
      // In the list's own order, once each, so that the same choice always compares equal.
      .transform((values) => allowed.filter((value) => values.includes(value))),
  );
}

const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;

/** A UK postcode, stored upper-case with one space before the last three characters. */
export function postcode() {
  return z
    .string({ error: "Enter a postcode" })
    .transform((value) => value.replace(/\s+/g, " ").trim().toUpperCase())
    .pipe(
      z
        .string()
        .min(1, { error: "Enter a postcode" })
        .max(10, { error: "Enter a real postcode, like L1 8JQ" })
        .regex(UK_POSTCODE, { error: "Enter a real postcode, like L1 8JQ" }),
    )
    .transform((value) => value.replace(UK_POSTCODE, "$1 $2"));
}

// Companies House numbers (8 digits, or 2 letters and 6 digits such as SC123456), charity numbers
// in England and Wales (6 or 7 digits, with an optional -N for a linked charity), Scotland (SC and
// 6 digits) and Northern Ireland (NIC or NI and 6 digits, or 6 digits).
const REGISTRATION_NUMBER = /^(\d{6,8}|[A-Z]{2}\d{6}|NIC\d{6}|\d{6,7}-\d{1,2})$/;

export function registrationNumber() {
  return z
    .string()
    .default("")
    .transform((value) => value.replace(/\s+/g, "").toUpperCase())
    .refine((value) => value === "" || REGISTRATION_NUMBER.test(value), {
      error: "Enter a company number like 01234567 or SC123456, or a charity number like 1234567, or leave it blank",
    });
}

/** An optional web address; "example.org" is read as https://example.org. */
export function website() {
  return z
    .string()
    .trim()
    .default("")
    .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
    .refine((value) => value.length <= 255, { error: "Website address must be 255 characters or fewer" })
    .refine((value) => value === "" || isWebAddress(value), {
      error: "Enter a website address in the correct format, like www.example.org",
    });
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !/\s/.test(value);
  } catch {
    return false;
  }
}
