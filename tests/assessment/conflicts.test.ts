import { describe, expect, it } from "vitest";
import { automaticConflicts, domainOfWebsite } from "../../src/modules/assessment/conflicts.js";

const organisation = {
  website: "https://www.mersey-trust.org.uk",
  members: [
    { userId: "owner", email: "owen@mersey-trust.org.uk" },
    { userId: "member", email: "mia@gmail.com" },
  ],
};

describe("automatic conflict checks", () => {
  it("blocks a member of the applicant organisation", () => {
    const reasons = automaticConflicts({ assessor: { id: "member", email: "mia@gmail.com" }, organisation });
    expect(reasons).toEqual(["The assessor is a member of the applicant organisation."]);
  });

  it("blocks an assessor whose email shares the organisation's domain, in any case", () => {
    const reasons = automaticConflicts({ assessor: { id: "a", email: "Ann@Mersey-Trust.org.uk" }, organisation });
    expect(reasons[0]).toContain("mersey-trust.org.uk");
  });

  it("blocks an assessor at the domain of the organisation's website", () => {
    const reasons = automaticConflicts({
      assessor: { id: "a", email: "ann@mersey-trust.org.uk" },
      organisation: { website: "mersey-trust.org.uk", members: [] },
    });
    expect(reasons).toHaveLength(1);
  });

  it("ignores shared public mail domains, nhs.net included", () => {
    expect(automaticConflicts({ assessor: { id: "a", email: "someone@gmail.com" }, organisation })).toEqual([]);
    expect(
      automaticConflicts({
        assessor: { id: "a", email: "assessor@nhs.net" },
        organisation: { members: [{ userId: "x", email: "nurse@nhs.net" }] },
      }),
    ).toEqual([]);
  });

  it("lets an unconnected assessor through", () => {
    expect(automaticConflicts({ assessor: { id: "a", email: "ann@cheshireeast.gov.uk" }, organisation })).toEqual([]);
  });

  it("reads website domains written with or without a scheme", () => {
    expect(domainOfWebsite("www.example.org")).toBe("example.org");
    expect(domainOfWebsite("http://Example.org/about")).toBe("example.org");
    expect(domainOfWebsite("")).toBeNull();
  });
});
