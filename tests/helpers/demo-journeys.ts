import { seedDemo, type DemoAccount } from "../../src/modules/demo/index.js";
import { STRONG_PASSWORD, latestMailTo, linkIn } from "./accounts.js";
import type { TestApp } from "./app.js";
import { VALID_THEME, completeApplication, startApplication } from "./applications.js";
import { completeReview, scoreFields, signedInAs, submittedApplication } from "./assessment.js";
import { Visitor, csrfTokenIn } from "./browser.js";
import { pdf } from "./files.js";

// The demo data, and then what the demo's people would do in their first weeks, all through the
// pages: the applicant applies with evidence and is awarded, lists the award on the register and
// starts again from a copy; a colleague joins and another is invited; the demo's assessor reviews
// two other organisations' applications; the lead publishes a page and files, adds a champion and
// approves the organisation's signature of the charter. Every kind of page then has something to
// show.

export interface Demo {
  accounts: Record<"lead" | "assessor" | "applicant", DemoAccount>;
  visitors: Record<"lead" | "assessor" | "applicant", Visitor>;
  organisationId: string;
  awardedId: string;
  draftId: string;
  /** The demo assessor's: one review submitted, one in progress. */
  assignmentIds: string[];
  awardId: string;
  certificateCode: string;
  pageSlug: string;
}

function expectStatus(response: { status: number; text: string }, status: number, what: string): void {
  if (response.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${response.status}: ${response.text.slice(0, 300)}`);
  }
}

/** Posts a theme page with a file, as the browser sends it: multipart, the token first. */
async function uploadEvidence(visitor: Visitor, page: string, name: string): Promise<void> {
  const form = await visitor.get(page);
  const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
  let request = visitor.raw("post", page).field("_csrf", csrfTokenIn(form.text)).field("version", version);
  const fields = { ...VALID_THEME, evidenceDescription: "Survey of the families we work with", action: "upload" };
  for (const [field, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) request = request.field(field, item);
  }
  expectStatus(visitor.keep(await request.attach("evidenceFile", pdf("Survey results"), name)), 303, "evidence");
}

/**
 * The applicant applies with a file of evidence and is awarded. The demo's assessor shares the
 * applicant's email domain, which counts as a conflict of interest, so another assessor reviews.
 */
async function applyAndAward(t: TestApp, visitors: Demo["visitors"]) {
  const { applicant, lead } = visitors;
  const reviewer = await signedInAs(t, "ASSESSOR", "Ann Assessor");
  // The demo applicant's organisation has a draft ready to submit; a bare database has none yet.
  const draft = await t.prisma.application.findFirst({
    where: { organisation: { name: "Demo Community Trust" }, liveKey: { not: null } },
  });
  const id = draft?.id ?? (await startApplication(applicant));
  await completeApplication(applicant, id, ["social"]);
  await uploadEvidence(applicant, `/applications/${id}/themes/social`, "family-survey.pdf");
  // An upload keeps the theme's answers as a draft; saving them again completes it.
  await completeApplication(applicant, id, ["social"]);
  await t.prisma.application.update({ where: { id }, data: { orgName: "Demo Community Trust" } });
  const submitted = await applicant.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
  expectStatus(submitted, 303, "submission");

  const base = `/admin/applications/${id}`;
  expectStatus(await lead.submit(base, `${base}/assign`, { assessorId: reviewer.user.id }), 303, "assignment");
  const assignment = await t.prisma.assignment.findFirstOrThrow({ where: { applicationId: id } });
  await completeReview(reviewer.visitor, assignment.id, 4, ["social"]);
  const decided = await lead.submit(`${base}/decision`, `${base}/decision`, {
    outcome: "AWARDED",
    recognisedThemes: ["SOCIAL"],
    feedback: "Clear local benefit, well evidenced.",
  });
  expectStatus(decided, 303, "decision");
  const award = await t.prisma.award.findUniqueOrThrow({ where: { applicationId: id } });
  const status = await applicant.get(`/applications/${id}/status`);
  const listed = await applicant.post(`/awards/${award.id}/listing`, {
    _csrf: csrfTokenIn(status.text),
    listed: "yes",
  });
  expectStatus(listed, 303, "listing");
  const again = await applicant.submit(`/applications/${id}/status`, `/applications/${id}/reapply`, {});
  expectStatus(again, 303, "starting again");
  const draftId = /^\/applications\/([^/?]+)/.exec(String(again.headers.location))?.[1] ?? "";
  // The copy is checked section by section, ready to submit again; its evidence stays.
  await completeApplication(applicant, draftId, ["social"]);
  return { awardedId: id, draftId, award };
}

/** Two other organisations' applications for the demo's assessor: one reviewed, one started. */
async function reviews(t: TestApp, visitors: Demo["visitors"], assessorId: string): Promise<string[]> {
  const assigned: string[] = [];
  for (const name of ["Wirral Food Network", "Sefton Repair Café"]) {
    const { id } = await submittedApplication(t, { name });
    const base = `/admin/applications/${id}`;
    expectStatus(await visitors.lead.submit(base, `${base}/assign`, { assessorId }), 303, "assignment");
    assigned.push((await t.prisma.assignment.findFirstOrThrow({ where: { applicationId: id } })).id);
  }
  const [reviewed = "", started = ""] = assigned;
  await completeReview(visitors.assessor, reviewed, 3, ["social"]);
  const review = `/assessor/reviews/${started}`;
  expectStatus(await visitors.assessor.submit(review, `${review}/declaration`, { conflict: "no" }), 303, "declaring");
  const scores = { ...scoreFields(3), action: "draft" };
  expectStatus(
    await visitors.assessor.submit(`${review}/themes/social`, `${review}/themes/social`, scores),
    303,
    "scoring",
  );
  return assigned;
}

/** The owner invites two colleagues; one joins from the email's link. */
async function colleagues(t: TestApp, owner: Visitor, organisationId: string): Promise<void> {
  const base = `/organisations/${organisationId}`;
  for (const email of ["colleague@demo.invalid", "invited@demo.invalid"]) {
    expectStatus(await owner.submit(`${base}/invite`, `${base}/invite`, { email }), 303, "invitation");
  }
  const link = linkIn(latestMailTo(t, "colleague@demo.invalid"), "/invitations/");
  const colleague = new Visitor(t.app);
  const fields = { fullName: "Demo Colleague", jobTitle: "Volunteer lead", password: STRONG_PASSWORD };
  expectStatus(await colleague.submit(link, link, fields), 303, "joining");
}

/** The lead publishes a page, and a file on it, on a guide and on the award page. */
async function publishing(t: TestApp, lead: Visitor): Promise<string> {
  const created = await lead.submit("/admin/content/new?kind=PAGE", "/admin/content/new", {
    kind: "PAGE",
    action: "save",
    title: "Social value in procurement",
    summary: "How buyers in Cheshire and Merseyside weigh social value.",
    category: "",
    slug: "",
    body: "Public bodies weigh social value when they buy goods and services.",
  });
  expectStatus(created, 303, "new page");
  const pageId = String(created.headers.location).split("/").pop() ?? "";
  expectStatus(await lead.submit(`/admin/content/${pageId}`, `/admin/content/${pageId}/publish`, {}), 303, "publish");
  const guide = await t.prisma.contentPage.findFirstOrThrow({ where: { kind: "GUIDE", published: true } });
  const award = await t.prisma.contentPage.findFirstOrThrow({ where: { slug: "award", system: true } });
  for (const [id, title] of [
    [pageId, "Procurement checklist"],
    [guide.id, "The guide as a PDF"],
    [award.id, "Application form to print"],
  ] as const) {
    const form = `/admin/content/${id}/attachments/new`;
    const token = csrfTokenIn((await lead.get(form)).text);
    const upload = await lead
      .raw("post", form)
      .field("_csrf", token)
      .field("title", title)
      .attach("file", pdf(title), "file.pdf");
    expectStatus(upload, 303, `file for ${title}`);
  }
  return (await t.prisma.contentPage.findUniqueOrThrow({ where: { id: pageId } })).slug;
}

/** A champion the lead adds, and the applicant's request to sign the charter, which the lead approves. */
async function championAndCharter(t: TestApp, lead: Visitor, applicant: Visitor, organisationId: string) {
  const champion = await lead.submit("/admin/champions/new", "/admin/champions/new", {
    name: "Demo Champion",
    role: "Social Value Lead",
    organisationName: "Demo Council",
    place: "LIVERPOOL",
    email: "champion@demo.invalid",
    phone: "",
    listed: "yes",
  });
  expectStatus(champion, 303, "champion");
  const signed = await applicant.submit("/charter/sign", "/charter/sign", {
    organisationId,
    sponsorName: "Demo Applicant",
    sponsorRole: "Community manager",
    pledge: "We will buy from local suppliers.",
  });
  expectStatus(signed, 303, "charter request");
  const request = await t.prisma.charterSignature.findFirstOrThrow({ where: { organisationId } });
  const base = `/admin/charter/${request.id}`;
  expectStatus(await lead.submit(base, `${base}/approve`, {}), 303, "charter approval");
}

/** The demo accounts, then the demo's first weeks (above); returns who did what. */
export async function demoJourneys(t: TestApp): Promise<Demo> {
  const made = await seedDemo(t.deps);
  const account = (role: string) => {
    const found = made.find((a) => a.role === role);
    if (!found) throw new Error(`The demo has no ${role}`);
    return found;
  };
  const accounts = { lead: account("PROGRAMME_LEAD"), assessor: account("ASSESSOR"), applicant: account("APPLICANT") };
  const visitors = { lead: new Visitor(t.app), assessor: new Visitor(t.app), applicant: new Visitor(t.app) };
  for (const key of ["lead", "assessor", "applicant"] as const) {
    await visitors[key].signIn(accounts[key].email, accounts[key].password);
  }
  const assessor = await t.prisma.user.findUniqueOrThrow({ where: { email: accounts.assessor.email } });
  const organisation = await t.prisma.organisation.findFirstOrThrow({ where: { name: "Demo Community Trust" } });
  const applied = await applyAndAward(t, visitors);
  const assignmentIds = await reviews(t, visitors, assessor.id);
  await colleagues(t, visitors.applicant, organisation.id);
  const pageSlug = await publishing(t, visitors.lead);
  await championAndCharter(t, visitors.lead, visitors.applicant, organisation.id);
  return {
    accounts,
    visitors,
    organisationId: organisation.id,
    awardedId: applied.awardedId,
    draftId: applied.draftId,
    assignmentIds,
    awardId: applied.award.id,
    certificateCode: applied.award.certificateCode,
    pageSlug,
  };
}
