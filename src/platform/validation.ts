import { z } from "zod";

export type FieldErrors = Record<string, string>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Parses untrusted input. Errors come back keyed by field, first message only, in the order the
 * schema lists the fields, ready for the error summary and the inline messages.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join("-") || "form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Form values trimmed, for re-showing what the person typed (never passwords). */
export function formValues(body: unknown, omit: string[] = []): Record<string, unknown> {
  if (!body || typeof body !== "object") return {};
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== "_csrf" && !omit.includes(key)));
}

// Letters from any script in the local part and domain (siân@example.org), one @, a dot in the domain.
const EMAIL = /^[^\s@"<>()[\],;:\\]{1,64}@[^\s@"<>()[\],;:\\.]+(\.[^\s@"<>()[\],;:\\.]+)+$/u;

/** An email address: trimmed, lower-cased, checked for shape. */
export function emailAddress(messages: { required: string; format: string; tooLong: string }) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, { error: messages.required })
    .max(254, { error: messages.tooLong })
    .regex(EMAIL, { error: messages.format })
    .transform((value) => value.toLowerCase());
}

/** The parsed form body as untrusted data. */
export function formBody(body: unknown): Record<string, unknown> {
  return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
}

/** One text field of a form, trimmed, or "" when absent or not text. */
export function textField(body: unknown, name: string): string {
  const value = formBody(body)[name];
  return typeof value === "string" ? value.trim() : "";
}

/**
 * A required line of text, trimmed: `missing` when it is left empty, and "<name> must be <max>
 * characters or fewer" when it is too long.
 */
export function requiredText(missing: string, name: string, max: number) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${name} must be ${max.toLocaleString("en-GB")} characters or fewer` });
}

/** True when an id from the address could be a record's id: text of a sensible length. */
export function isIdLike(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 64;
}
