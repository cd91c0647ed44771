// The words of the demo: what the applications say they changed, what the assessors and the lead
// wrote back, and the pledges of the charter's signatories. Shared out between the organisations in
// turn, so that neighbouring applications read differently.
import type { MarmotPrincipleValue, ThemeValue } from "../programme/index.js";

export interface ThemeStory {
  whatChanged: string;
  difference: string;
  stakeholders: number;
  marmot: MarmotPrincipleValue[];
}

export const THEME_STORIES: Record<ThemeValue, ThemeStory[]> = {
  SOCIAL: [
    {
      whatChanged:
        "We ran weekly drop-in sessions where local people could get advice on benefits, debt and housing from trained volunteers, with a hot meal and a warm room.",
      difference:
        "People told us they felt less alone and more in control of their money. A third were helped to claim support they had been missing.",
      stakeholders: 420,
      marmot: ["HEALTHY_STANDARD_OF_LIVING", "ILL_HEALTH_PREVENTION"],
    },
    {
      whatChanged:
        "Our staff mentored young people at risk of leaving school without qualifications, meeting each one every fortnight for a school year.",
      difference:
        "Most of the young people stayed in education or moved into training, and their teachers saw better attendance and more confidence.",
      stakeholders: 85,
      marmot: ["BEST_START", "CAPABILITIES"],
    },
    {
      whatChanged:
        "We opened our buildings in the evenings and at weekends for community groups, free of charge, and helped the groups to run activities for older residents.",
      difference:
        "Groups that had nowhere to meet now run regular sessions, and older residents say they see friends more often and feel healthier.",
      stakeholders: 1300,
      marmot: ["HEALTHY_PLACES"],
    },
  ],
  ECONOMIC: [
    {
      whatChanged:
        "We changed how we buy goods and services so that small local suppliers could bid, splitting large contracts into lots and holding supplier days in each place.",
      difference:
        "More of our spending now stays in Cheshire and Merseyside, and several small firms have taken on new staff to deliver their contracts.",
      stakeholders: 60,
      marmot: ["FAIR_EMPLOYMENT"],
    },
    {
      whatChanged:
        "We created paid placements and apprenticeships for local people who had been out of work for a long time, each with a named mentor.",
      difference:
        "Most of those who joined are still in work a year later, and several have been promoted or moved on to permanent jobs.",
      stakeholders: 48,
      marmot: ["FAIR_EMPLOYMENT", "CAPABILITIES"],
    },
    {
      whatChanged:
        "We now pay every member of staff at least the real Living Wage, and we asked our main contractors to do the same.",
      difference:
        "Lower-paid staff have more to live on, staff turnover has fallen, and our contractors' workers have gained the same protection.",
      stakeholders: 640,
      marmot: ["FAIR_EMPLOYMENT", "HEALTHY_STANDARD_OF_LIVING"],
    },
  ],
  ENVIRONMENT: [
    {
      whatChanged:
        "Volunteers and staff turned unused land beside our site into a community garden and planted trees along two nearby streets.",
      difference:
        "Residents have a green space to grow food and meet in, and the streets are cooler and more pleasant to walk along.",
      stakeholders: 900,
      marmot: ["HEALTHY_PLACES", "ENVIRONMENTAL_SUSTAINABILITY"],
    },
    {
      whatChanged:
        "We replaced our oldest vans with electric ones, planned routes to cut mileage, and helped staff to cycle or share lifts to work.",
      difference:
        "Our vehicles put far less pollution into the streets we serve, and staff who changed how they travel say they feel fitter.",
      stakeholders: 2500,
      marmot: ["ENVIRONMENTAL_SUSTAINABILITY", "ILL_HEALTH_PREVENTION"],
    },
    {
      whatChanged:
        "We worked with local schools to run repair cafés and swap shops, keeping furniture, clothes and electrical goods out of landfill.",
      difference:
        "Families saved money on things they needed, and young people learnt practical skills while seeing the value of reuse.",
      stakeholders: 700,
      marmot: ["ENVIRONMENTAL_SUSTAINABILITY", "HEALTHY_STANDARD_OF_LIVING"],
    },
  ],
  INNOVATION: [
    {
      whatChanged:
        "With two partners we tested a single phone line where people can ask for help with housing, health and money in one call, instead of being passed between services.",
      difference:
        "Callers get the right help sooner, and the partners now share referrals in a way they never did before.",
      stakeholders: 1800,
      marmot: ["HEALTHY_STANDARD_OF_LIVING", "TACKLE_DISCRIMINATION"],
    },
    {
      whatChanged:
        "We asked people with lived experience of poverty to design a new service with us, paying them for their time and acting on their advice.",
      difference:
        "The service is used by people who never came to us before, and it has changed how we plan every new project.",
      stakeholders: 150,
      marmot: ["TACKLE_DISCRIMINATION", "CAPABILITIES"],
    },
    {
      whatChanged:
        "We shared our data, rooms and specialist staff with voluntary groups to try a new way of reaching families who miss health checks.",
      difference:
        "More families now take up health checks, and the groups have the evidence they need to win funding to carry on.",
      stakeholders: 520,
      marmot: ["BEST_START", "ILL_HEALTH_PREVENTION"],
    },
  ],
};

/** An assessor's reason for each sub-criterion: for a low (0 or 1), middling (2) or high score. */
export const REVIEW_REASONS: Record<string, readonly [string, string, string]> = {
  outcome: [
    "The answers describe activity rather than what changed for people.",
    "Some change for stakeholders is described, but not always how it was measured.",
    "The answers show clearly what changed for the people who benefited.",
  ],
  scale: [
    "Few people benefited, or the numbers are not given.",
    "A reasonable number of people benefited, mostly in one area.",
    "Many people benefited, across more than one place.",
  ],
  localBenefit: [
    "Little of the benefit is shown to stay in Cheshire and Merseyside.",
    "The benefit is local, but who it reaches is not always clear.",
    "The work is aimed at the communities facing the greatest inequalities.",
  ],
  evidence: [
    "There is little evidence to support the answers.",
    "The evidence supports some of the answers but leaves gaps.",
    "The evidence is specific, recent and backs up the figures given.",
  ],
  sustainability: [
    "The work has ended and there are no plans to continue it.",
    "The work is recent; plans to keep it going are still being made.",
    "The work continues, with funding and plans to make it last.",
  ],
};

export const FEEDBACK = {
  AWARDED:
    "Congratulations. The assessors found clear evidence of what changed for the people you work with, and of how many benefited and where. Keep recording those numbers as the work continues: they made this application strong.",
  NOT_AWARDED:
    "The work you describe is worthwhile, but the application did not show enough evidence of what changed for stakeholders or how many benefited. We would welcome a new application once you can show results, and the programme team is happy to talk it through.",
  REVISIONS_REQUESTED:
    "The assessors would like to see figures for how many people benefited and where, and the evaluation report your answers mention. Please add them and submit the application again.",
} as const;

export const WITHDRAWAL_REASON = "Our committee would like to add this year's results before we apply.";

export const APPEAL = {
  reason:
    "We believe the assessors did not see the evaluation report we uploaded, which shows the jobs our work created.",
  dismissed:
    "The lead reviewed the assessment and the evidence again. The scores match the evidence provided, so the decision stands.",
} as const;

export const CHARTER_PLEDGES = [
  "We will buy locally wherever we can and ask every supplier what they will do for our communities.",
  "We will open our buildings and share our skills with community groups in the places we serve.",
  "We will pay the real Living Wage and create routes into work for local people.",
  "We will measure the social value of our work and publish what we find each year.",
  "We will work with partners to reduce health inequalities, guided by the Marmot principles.",
  "We will cut our carbon emissions and help the people we serve to live in greener, healthier places.",
  "We will involve the people most affected by inequalities in the decisions we make.",
  "We will support our staff to volunteer in their local communities.",
] as const;

export const CHARTER_REASONS = {
  DECLINED:
    "The request names a sponsor who has since left the organisation. Please ask again, naming your new senior sponsor.",
  REMOVED: "The council asked to be removed from the list while its services are reorganised.",
} as const;
