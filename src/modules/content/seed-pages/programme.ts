import type { SeedPage } from "./seed-page.js";

/** The programme's own pages: what it is, the charter, the champions and the award. */
export const PROGRAMME_PAGES: SeedPage[] = [
  {
    kind: "PAGE",
    slug: "home",
    system: true,
    title: "Social value in Cheshire and Merseyside",
    summary:
      "Cheshire and Merseyside is one of the UK's Social Value Accelerator Sites, helping public bodies, the voluntary sector and local businesses do more good for the people and places they serve.",
    body: `As an accelerator site, the partnership tests and shares practical ways to make social value part of everyday decisions across the NHS, councils and the voluntary, community, faith and social enterprise (VCFSE) sector in the nine places of Cheshire and Merseyside. It also works with local businesses, which can act as anchor institutions through their corporate social responsibility (CSR).

This site brings that work together. Here you can:

- find out [what social value means here](/social-value)
- read about the [Social Value Charter](/charter) and see who has signed it
- apply, free of charge, for the [Social Value Award](/award)
- read the programme's [guides and resources](/guides)
- find a [Social Value Champion](/champions) in your area`,
  },
  {
    kind: "PAGE",
    slug: "social-value",
    system: true,
    title: "What social value means here",
    summary: "The partnership's local definition of social value, and the Marmot principles it is linked to.",
    body: `## Our local definition

In Cheshire and Merseyside, social value has four parts:

1. **The good done in our communities** – the environmental, economic and social benefits that organisations create locally.
2. **Building on what people and places already have** – growing capabilities, strengths and assets so that everyone can live a valued and dignified life.
3. **A driver of social innovation** – new ways of working that reduce avoidable inequalities, guided by the Marmot principles.
4. **A duty of public bodies as anchor organisations** – using what they buy and spend to strengthen local communities and make Cheshire and Merseyside a great place to live and work. Corporate social responsibility is how suppliers and businesses answer that call.

## The eight Marmot principles

Our work on inequalities follows the eight Marmot principles:

1. Give every child the best start in life.
2. Enable all children, young people and adults to maximise their capabilities and have control over their lives.
3. Create fair employment and good work for all.
4. Ensure a healthy standard of living for all.
5. Create and develop healthy and sustainable places and communities.
6. Strengthen the role and impact of ill-health prevention.
7. Tackle racism, discrimination and their outcomes.
8. Pursue environmental sustainability and health equity together.`,
  },
  {
    kind: "PAGE",
    slug: "charter",
    system: true,
    title: "The Social Value Charter",
    summary: "A shared commitment, launched on 1 July 2019, to the local vision and principles for social value.",
    body: `The Cheshire and Merseyside Social Value Charter sets out the shared local vision for social value and the principles organisations agree to follow to make the most of it. It was launched on 1 July 2019.

Signatories include NHS providers, local authorities, the former Clinical Commissioning Groups (whose work has passed to the Integrated Care Board) and VCFSE organisations.

## The charter's principles

Signatories commit to:

- put the local definition of social value into practice in their own decisions, including what they buy
- focus on reducing avoidable inequalities, guided by the Marmot principles
- build on the strengths and assets of local people and communities
- share buildings, knowledge, skills and resources with their communities where they can
- work in partnership with other organisations across the nine places
- name a senior sponsor who champions social value inside the organisation

## How to sign

The owner of an organisation's account on this portal can ask to sign. You will name a senior sponsor and write a short pledge. The programme lead reviews each request and emails you the decision; once approved, your organisation is listed below with the date it signed.`,
  },
  {
    kind: "PAGE",
    slug: "champions",
    system: true,
    title: "Social Value Champions",
    summary: "People who lead social value and corporate social responsibility in their organisations and places.",
    body: `Social Value Champions lead the development of social value and corporate social responsibility within their own organisations and local areas. Get in touch with a champion near you to share ideas or find partners.

Champions are listed here only with their agreement, and their contact details only where they have chosen to share them.`,
  },
  {
    kind: "PAGE",
    slug: "award",
    system: true,
    title: "The Social Value Award",
    summary:
      "Free recognition for organisations that make a real difference to people and places in Cheshire and Merseyside.",
    body: `## What the award recognises

The award helps your organisation attract and keep staff and volunteers, shows the social value and corporate social responsibility you deliver, and recognises you as an anchor institution. It recognises organisations that:

- help local people and communities live well, through better health, wellbeing, happiness, education and job prospects
- improve the places we live in across Cheshire and Merseyside
- raise the motivation, wellbeing and performance of their staff and volunteers
- show the ethical and moral contribution they make locally
- strengthen their reputation and the loyalty of the people they serve
- add value and efficiency to public services
- open up their buildings, knowledge, skills and resources to local communities and create room for social innovation
- invest locally and help the local economy grow
- work in partnership with organisations whose strengths complement their own

## Who can apply

NHS bodies, local authorities, VCFSE organisations, police, fire and ambulance services, schools, colleges and universities, and private businesses can apply, as long as they work in at least one of the nine places: Cheshire East, Cheshire West and Chester, Halton, Knowsley, Liverpool, Sefton, St Helens, Warrington and Wirral. The person applying must be authorised to apply for the organisation. The award is free.

## The four themes

Applications are assessed under four themes: **Social**, **Economic**, **Environment** and **Innovation**. You do not need to cover all of them.

## The evidence we ask for

For each theme you choose, tell us and show us:

- what changed for your stakeholders because of your work
- what difference that change makes to them
- how many stakeholders benefited
- where in Cheshire and Merseyside it happened
- when it happened

You upload documents, data or images that back up what you say.

## After you apply

Trained assessors score your evidence and the programme lead moderates the results. If you are not successful, we tell you why so that you can apply again.`,
  },
];
