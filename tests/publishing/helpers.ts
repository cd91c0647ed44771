import type { TestApp } from "../helpers/app.js";
import { Visitor, csrfTokenIn } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

export async function signedIn(t: TestApp, role: "PROGRAMME_LEAD" | "APPLICANT" | "ASSESSOR" = "PROGRAMME_LEAD") {
  const user = await createUser(t.prisma, { role });
  const visitor = new Visitor(t.app);
  await visitor.signIn(user.email, user.password);
  return { user, visitor };
}

/** Creates a guide through the lead's form and returns its id. */
export async function createGuide(visitor: Visitor, fields: Record<string, string>): Promise<string> {
  const response = await visitor.submit("/admin/content/new?kind=GUIDE", "/admin/content/new", {
    kind: "GUIDE",
    action: "save",
    summary: "",
    category: "",
    slug: "",
    ...fields,
  });
  if (response.status !== 303)
    throw new Error(`Could not create the guide: ${response.status} ${response.text.slice(0, 2000)}`);
  return String(response.headers.location).split("/").pop() ?? "";
}

export async function tokenFrom(visitor: Visitor, path: string): Promise<string> {
  return csrfTokenIn((await visitor.get(path)).text);
}
