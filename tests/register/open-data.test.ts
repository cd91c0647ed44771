import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
async function listedAward(name: string, themes = "SOCIAL") {
  const { organisation } = await createOrganisation(t.prisma, name);
  counter += 1;
  const application = await t.prisma.application.create({
    data: { organisationId: organisation.id, createdById: "seed", status: "AWARDED", orgName: name },
  });
  await t.prisma.award.create({
    data: {
      applicationId: application.id,
      organisationId: organisation.id,
      decisionId: "seed",
      organisationName: name,
      themes,
      awardedAt: new Date("2026-06-01T10:00:00Z"),
      expiresAt: new Date("2031-06-01T10:00:00Z"),
      certificateCode: `DATA-0000-0000-${String(counter).padStart(4, "0")}`,
      listedOnRegister: true,
    },
  });
}

/** What a reader sees of some HTML: tags removed and spaces collapsed. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .replace(/ ([.,:)])/g, "$1")
    .trim();

/** The text of the element with this id. */
function textOf(html: string, id: string): string {
  const match = new RegExp(`<(\\w+)[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!match?.[2]) throw new Error(`No element with id ${id}`);
  return plain(match[2]);
}

const hrefOf = (html: string, id: string) =>
  new RegExp(`id="${id}" href="([^"]+)"`).exec(html)?.[1]?.replace(/&amp;/g, "&");

describe("the register's downloads", () => {
  it("are offered on the register with their format, exact size, what they hold and their licence", async () => {
    await listedAward("Open Data Trust", "SOCIAL,ECONOMIC");
    await listedAward("Siân's Café Co-operative", "ENVIRONMENT");
    const visitor = new Visitor(t.app);
    const page = await visitor.get("/register");
    expect(page.status).toBe(200);
    expect(textOf(page.text, "downloads")).toBe("Download the register");

    for (const format of ["csv", "json"] as const) {
      const href = hrefOf(page.text, `download-${format}`);
      expect(href).toBe(`/register.${format}`);
      expect(textOf(page.text, `download-${format}`)).toBe(`Award holders (${format.toUpperCase()})`);
      const file = await visitor.get(href!);
      expect(file.status).toBe(200);
      const bytes = Buffer.byteLength(file.text, "utf8");
      expect(textOf(page.text, `download-${format}-details`)).toMatch(
        new RegExp(`^${format.toUpperCase()}, ${bytes} bytes\\. `),
      );
    }
    expect(textOf(page.text, "download-csv-details")).toContain("a row for each award holder");

    expect(textOf(page.text, "register-licence")).toContain(
      'under the Open Government Licence v3.0, as long as you say where they came from: "Contains public sector information licensed under the Open Government Licence v3.0."',
    );
    expect(page.text).toContain(
      'rel="license" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"',
    );
    expect(page.text).toContain('<a class="govuk-link" href="/register/about-the-data">What each field means</a>');
  });

  it("carry the register's filters, and give the size of the filtered file", async () => {
    await listedAward("Filtered Green Trust", "ENVIRONMENT");
    const visitor = new Visitor(t.app);
    const page = await visitor.get("/register?theme=ENVIRONMENT&page=1");
    expect(textOf(page.text, "downloads")).toBe("Download the register");
    expect(page.text).toContain("The award holders that match these filters, as open data.");
    const href = hrefOf(page.text, "download-json");
    expect(href).toBe("/register.json?theme=ENVIRONMENT");
    const file = await visitor.get(href!);
    const names = (JSON.parse(file.text) as { awardHolders: { organisation: string }[] }).awardHolders.map(
      (h) => h.organisation,
    );
    expect(names).toContain("Filtered Green Trust");
    expect(names).not.toContain("Open Data Trust");
    expect(textOf(page.text, "download-json-details")).toMatch(
      new RegExp(`^JSON, ${Buffer.byteLength(file.text, "utf8")} bytes\\.`),
    );
  });
});

describe("the page about the register's data", () => {
  it("describes every column of the CSV and every key of the JSON, and the licence", async () => {
    await listedAward("Described Trust");
    const visitor = new Visitor(t.app);
    const page = await visitor.get("/register/about-the-data");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toContain("public");
    expect(page.text).toContain('<h1 class="govuk-heading-l">The register of award holders as open data</h1>');
    expect(textOf(page.text, "data-licence")).toContain("published under the Open Government Licence v3.0");

    const csv = await visitor.get("/register.csv");
    const columns = csv.text
      .replace(/^\ufeff/, "")
      .split("\r\n")[0]!
      .split(",")
      .map((c) => c.replace(/"/g, ""));
    const json = await visitor.get("/register.json");
    const keys = Object.keys((JSON.parse(json.text) as { awardHolders: object[] }).awardHolders[0]!);
    expect(columns).toHaveLength(keys.length);
    columns.forEach((column, index) => {
      const section = new RegExp(
        `<h3 class="govuk-heading-s" id="field-${keys[index]}">${column}</h3>([\\s\\S]*?)</dl>`,
      ).exec(page.text)?.[1];
      expect(section, `the field ${column}`).toBeDefined();
      expect(plain(section ?? "")).toContain(`CSV column ${column} JSON key ${keys[index]} What it holds`);
    });
    // The values the sector, places and themes may take are the programme's own.
    expect(page.text).toContain("<li>Integrated Care Board</li>");
    expect(page.text).toContain("<li>Cheshire West and Chester</li>");
    expect(page.text).toContain("<li>Innovation</li>");
  });
});
