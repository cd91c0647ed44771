import type { SeedPage } from "./seed-page.js";

/** The award's guide and the Social Value Network's training slides. */
export const AWARD_GUIDES: SeedPage[] = [
  {
    kind: "GUIDE",
    slug: "social-value-award-guide",
    category: "The award",
    title: "Social Value Award Guide",
    summary:
      "Who can apply for the Social Value Award, what evidence to provide, how it is assessed and how long it lasts.",
    download: { title: "Social Value Award Guide", fileName: "social-value-award-guide.pdf", layout: "document" },
    body: `## About the award

The Social Value Award recognises organisations that make a real difference to people and places in Cheshire and Merseyside. It is free. Holding it shows staff, volunteers, partners and the public that your organisation takes its social value and corporate social responsibility seriously, and that it acts as an anchor organisation in its community. Organisations tell us it helps them to recruit and keep staff and volunteers, and to show the added value of their work.

## Who can apply

Any organisation working in at least one of the nine places of Cheshire and Merseyside can apply:

- NHS trusts and other NHS bodies, including the Integrated Care Board;
- local authorities;
- voluntary, community, faith and social enterprise (VCFSE) organisations;
- police, fire and ambulance services;
- schools, colleges and universities;
- private businesses of any size.

The person applying must be allowed to apply on the organisation's behalf. Several colleagues can work on the same application.

## Before you start

Gather your evidence first: figures, feedback, reports, photographs and case studies. You can save your answers as a draft at any point and come back to them, so there is no need to finish in one sitting. An organisation has one application in progress at a time.

## The four themes

Choose one or more of the themes below. You do not need to cover all four; it is better to describe one theme well than four thinly.

- **Social**: health, wellbeing, happiness, education and opportunities for local people and communities.
- **Economic**: local jobs, training, spending and investment that help the local economy grow.
- **Environment**: improving the places people live and work in, and reducing harm to the environment.
- **Innovation**: new ways of working, often in partnership, that tackle local problems and inequalities.

## What to tell us for each theme

For every theme you choose, explain:

1. what changed for your stakeholders because of your work;
2. what difference that change makes to them;
3. how many stakeholders benefited;
4. where in Cheshire and Merseyside they are;
5. when the work took place.

You can also say which Marmot principles the work supports, and upload files of evidence for each theme – PDF, Word, Excel, PowerPoint, OpenDocument, CSV, PNG or JPEG. Each answer has a word limit, shown on the form.

## How applications are assessed

Once you submit, the programme lead assigns one or more trained assessors. Each assessor first declares whether they have a conflict of interest; anyone connected with your organisation is replaced. Assessors score each theme against five criteria on a scale from 0 (none) to 4 (strong), with a written reason for every score:

- outcome for stakeholders;
- scale and reach;
- local benefit and focus on inequalities;
- quality of evidence;
- sustainability and timeliness.

The criteria are weighted and combined into a percentage. A theme is recognised when it reaches the threshold and no criterion scores 0. A result close to the threshold is looked at by a second assessor. The current weights and thresholds are shown on the award page of this portal.

## Decisions and feedback

The programme lead reviews the assessments and makes the decision: awarded (when at least one theme is recognised), not awarded, or revisions requested, which reopens your application so that you can add to it. Every decision comes with written feedback, so an unsuccessful application still tells you what to strengthen.

## Appeals

If your application is not awarded and you believe the decision is wrong, you can appeal within 10 working days of the decision, explaining why. The programme lead considers the appeal and tells you the outcome.

## How long the award lasts

The award lasts five years from the decision, or until a change in circumstances means your organisation can no longer show it. We remind you six months and one month before it expires. Award holders can choose to appear on the public register of award holders, and anyone can check a certificate's code on this portal. When it is time to apply again, your new application starts from a copy of your previous answers.`,
  },
  {
    kind: "GUIDE",
    slug: "social-value-network-training",
    category: "Training",
    title: "Social Value Network training slides",
    summary: "The training given to the Social Value Network, to use with your own teams.",
    download: {
      title: "Social Value Network training slides",
      fileName: "social-value-network-training.pdf",
      layout: "slides",
    },
    body: `## About these slides

These slides introduce social value to colleagues, boards, suppliers and volunteers. Each section below is one slide in the download, with the points to cover. The whole set takes about an hour with discussion; pick the slides that suit your audience and add local examples of your own.

## Slide 1: What social value is

- The good an organisation does for people and places, beyond its main job.
- It covers social, economic and environmental benefits.
- Every organisation creates some already: the aim is to create more, on purpose.

## Slide 2: Why it matters in Cheshire and Merseyside

- Nine places, from rural Cheshire to the centre of Liverpool.
- Health and wealth differ widely between neighbourhoods, and much of that gap could be avoided.
- Public bodies, charities and businesses spend and employ a great deal here: small changes add up.
- Cheshire and Merseyside is one of the UK's Social Value Accelerator Sites.

## Slide 3: The local definition

- The good achieved in communities, environmental, economic and social.
- Building capabilities and strengths so that people can live a valued and dignified life.
- Social innovation that reduces avoidable inequalities.
- Public bodies using their purchasing power for the community; CSR as business's response.

## Slide 4: The Marmot principles

- Best start in life; everyone making the most of their abilities.
- Fair employment and good work; a healthy standard of living.
- Healthy, sustainable places; preventing ill health.
- Tackling racism and discrimination; environmental sustainability and health equity together.

## Slide 5: Social value in buying and commissioning

- Ask suppliers what they will do for local communities, and score the answers.
- Keep questions proportionate so that small firms and charities can compete.
- Split large contracts into lots where it helps local suppliers to bid.
- Check that promises are kept during the contract.

## Slide 6: Employers and anchor organisations

- Recruit from communities that are often overlooked, with apprenticeships and placements.
- Pay fairly and offer secure, flexible work.
- Share buildings, skills and equipment with community groups.

## Slide 7: Measuring what changes

- What changed for people, and what difference it made to them.
- How many benefited, where, and when.
- Keep evidence as you go: records, feedback and case studies.

## Slide 8: The Social Value Charter

- Launched on 1 July 2019, setting out the local vision and principles for social value.
- Signed by NHS bodies, councils, VCFSE organisations and others.
- Organisations ask to sign online, naming a senior sponsor.

## Slide 9: The Social Value Award

- Free, for any organisation working in Cheshire and Merseyside.
- Four themes: Social, Economic, Environment and Innovation.
- Assessed against five criteria, with written feedback on every decision.
- Lasts five years.

## Slide 10: Champions and the network

- Social Value Champions lead the work inside their organisations and places.
- The network shares ideas, contacts and what has worked.
- Who will be the champion in your team?

## Questions for discussion

1. What social value does our organisation create already, without calling it that?
2. Which one change could we make in the next three months?
3. Who should we work with to make it happen?`,
  },
];
