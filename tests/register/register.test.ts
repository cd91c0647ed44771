import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell, csvRow } from "../../src/platform/csv.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation } from "../helpers/applications.js";
import { Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

let counter = 0;
async function award(
  name: string,
  options: { listed?: boolean; status?: "CURRENT" | "REVOKED" | "EXPIRED"; expiresAt?: Date; themes?: string } = {},
) {
  const { organisation } = await createOrganisation(t.prisma, name);
  counter += 1;
  const application = await t.prisma.application.create({
    data: { organisationId: organisation.id, createdById: "seed", status: "AWARDED", orgName: name },
  });
  return t.prisma.award.create({
    data: {
      applicationId: application.id,
      organisationId: organisation.id,
      decisionId: "seed",
      organisationName: name,
      themes: options.themes ?? "SOCIAL",
      awardedAt: new Date("2026-06-01T10:00:00Z"),
      expiresAt: options.expiresAt ?? new Date("2031-06-01T10:00:00Z"),
      certificateCode: `TEST-0000-0000-${String(counter).padStart(4, "0")}`,
      status: options.status ?? "CURRENT",
      listedOnRegister: options.listed ?? true,
    },
  });
}

describe("CSV cells", () => {
  it("neutralises cells that a spreadsheet would run as formulas", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(csvCell(`${start}SUM(A1:A9)`)).toBe(`"'${start}SUM(A1:A9)"`);
    }
    expect(csvCell("Plain name")).toBe('"Plain name"');
    expect(csvCell('Say "hello", please')).toBe('"Say ""hello"", please"');
    expect(csvCell(null)).toBe('""');
    expect(csvRow(["a", 1])).toBe('"a","1"\r\n');
  });
});

describe("the public register", () => {
  it("lists only current awards of holders who agreed, and drops expired and revoked ones", async () => {
    await award("Listed Trust", { themes: "SOCIAL,ECONOMIC" });
    await award("Shy Trust", { listed: false });
    await award("Revoked Trust", { status: "REVOKED" });
    await award("Lapsed Trust", { status: "EXPIRED" });
    await award("Quietly Lapsed Trust", { expiresAt: new Date(Date.now() - 60_000) });
    const page = await new Visitor(t.app).get("/register");
    expect(page.status).toBe(200);
    expect(page.headers["set-cookie"]).toBeUndefined();
    expect(page.headers["cache-control"]).toContain("public");
    expect(page.text).toContain("Listed Trust");
    expect(page.text).toContain("Social, Economic");
    expect(page.text).toContain("1 June 2031");
    for (const hidden of ["Shy Trust", "Revoked Trust", "Lapsed Trust", "Quietly Lapsed Trust"]) {
      expect(page.text).not.toContain(hidden);
    }
  });

  it("filters by theme, place and sector", async () => {
    await award("Green Futures", { themes: "ENVIRONMENT" });
    await award("Social Filter Trust", { themes: "SOCIAL,ECONOMIC" });
    const green = await new Visitor(t.app).get("/register?theme=ENVIRONMENT");
    expect(green.text).toContain("Green Futures");
    expect(green.text).not.toContain("Social Filter Trust");
    const wirral = await new Visitor(t.app).get("/register?place=WIRRAL");
    expect(wirral.text).toContain("No award holders match");
    const vcfse = await new Visitor(t.app).get("/register?sector=VCFSE&place=LIVERPOOL");
    expect(vcfse.text).toContain("Green Futures");
  });

  it("downloads as CSV with formula injection neutralised, and as JSON", async () => {
    await award("Downloaded Trust", { themes: "SOCIAL,ECONOMIC" });
    await award("Downloaded Green Futures", { themes: "ENVIRONMENT" });
    await award("Downloaded Shy Trust", { listed: false });
    await award("Downloaded Revoked Trust", { status: "REVOKED" });
    await award('=HYPERLINK("http://evil.example","Click")');
    await award("@Mention Ltd");
    const csv = await new Visitor(t.app).get("/register.csv");
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("attachment");
    const text = csv.text.replace(/^\ufeff/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe('"Organisation","Sector","Places","Themes","Awarded","Expires"');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain(`"'@Mention Ltd"`);
    expect(text).not.toMatch(/^"=|,"=|^"@|,"@/m);
    expect(text).not.toContain("Downloaded Shy Trust");

    const json = await new Visitor(t.app).get("/register.json?theme=SOCIAL");
    expect(json.status).toBe(200);
    const body = JSON.parse(json.text) as {
      awardHolders: { organisation: string; places: string[]; expires: string }[];
    };
    const names = body.awardHolders.map((h) => h.organisation);
    expect(names).toContain("Downloaded Trust");
    expect(names).not.toContain("Downloaded Green Futures");
    expect(names).not.toContain("Downloaded Revoked Trust");
    expect(body.awardHolders.find((h) => h.organisation === "Downloaded Trust")).toMatchObject({
      places: ["Liverpool"],
      expires: "2031-06-01",
    });
  });
});
