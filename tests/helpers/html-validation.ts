import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { fromRoot } from "../../src/platform/paths.js";

// The pages' HTML checked by html-validate with the project's .htmlvalidate.json (its
// html-validate:standard preset), as served.

const validator = new HtmlValidate(new FileSystemConfigLoader());
const configFor = fromRoot("page.html");

/** Each problem as "rule: message (line n)"; none for valid HTML. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html, configFor);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line}, "${m.selector ?? ""}")`),
  );
}
