// The programme's starting content, written for this portal from the programme's facts. The
// lead edits all of it in the portal; this only fills an empty database.

export interface SeedPage {
  kind: "PAGE" | "GUIDE";
  slug: string;
  title: string;
  summary: string;
  category?: string;
  system?: boolean;
  body: string;
}

export const SEED_PAGES: SeedPage[] = [
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
  {
    kind: "PAGE",
    slug: "guides",
    system: true,
    title: "Guides and resources",
    summary: "The programme's guides and training materials, to read online or download.",
    body: "Every guide can be read here as a web page. Some also have files you can download, such as the original document or slides.",
  },
  {
    kind: "PAGE",
    slug: "contact",
    system: true,
    title: "Contact the programme team",
    summary: "How to reach the Social Value Programme Lead.",
    body: "Get in touch about the award, the charter, the guides or this portal. We aim to reply within 5 working days.",
  },
  {
    kind: "PAGE",
    slug: "accessibility",
    system: true,
    title: "Accessibility statement",
    summary: "How accessible this portal is, and how to tell us about a problem.",
    body: `This statement covers the Cheshire and Merseyside Social Value portal. We want as many people as possible to be able to use it. You should be able to:

- zoom in up to 400% without text spilling off the screen
- move around the whole portal using just a keyboard
- use it with a screen reader and speech recognition software
- use it without JavaScript

The portal is built with the GOV.UK Design System's components, and every page is checked automatically against the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.

## Compliance status

We believe the portal meets WCAG 2.2 AA. Some downloadable documents, such as older PDFs and slides, may not be fully accessible; every guide is also published as a web page for that reason.

## Reporting a problem

If you find a problem or need information in another format, [contact the programme team](/contact). If you are not happy with how we respond, contact the Equality Advisory and Support Service (EASS).

## Preparation of this statement

This statement was prepared when the portal was launched and is reviewed whenever the portal changes significantly.`,
  },
  {
    kind: "PAGE",
    slug: "privacy",
    system: true,
    title: "Privacy notice",
    summary: "What personal information the portal holds, why, and your rights.",
    body: `## Who we are

The portal is run by the Cheshire and Merseyside social value programme. The programme lead's organisation is the data controller.

## What we collect and why

- **Account details** (name, email address, job title) so you can sign in and so we can contact you about your applications or charter request.
- **Organisation details and award evidence** so that assessors can assess your application and we can make and record decisions.
- **Charter requests** (senior sponsor, pledge) so that we can review them and list signatories.
- **Champion details**, only with the champion's agreement.

Our lawful basis is the performance of a task in the public interest, and your consent for anything we publish about you.

## Your rights

You can ask for a copy of your information (we reply within one month), ask us to correct or delete it, or object to how we use it. [Contact the programme team](/contact) to do so. You can also complain to the Information Commissioner's Office.

## Cookies

See [cookies](/cookies).`,
  },
  {
    kind: "PAGE",
    slug: "cookies",
    system: true,
    title: "Cookies",
    summary: "The one strictly necessary cookie the portal sets.",
    body: `Cookies are small files saved on your device. This portal sets only one cookie, and only when it is needed. It does not use analytics, advertising or any other optional cookies, so it does not ask for your consent.

| Name | Purpose | Expires |
| --- | --- | --- |
| svp.sid | Keeps you signed in, and protects the forms you fill in from being sent by other websites. Set when you sign in or open a form. | After 2 hours without using the portal, or when you sign out |

Reading the portal's public pages sets no cookie at all.`,
  },
  {
    kind: "GUIDE",
    slug: "social-value-guide",
    category: "Guides",
    title: "Social Value Guide",
    summary:
      "An introduction to social value in Cheshire and Merseyside and how your organisation can put it into practice.",
    body: `## What this guide covers

This guide explains the local definition of social value and how organisations of any size can build it into their work.

## Start with what you already do

Most organisations already create social value: the people they employ, the suppliers they choose and the spaces they share all make a difference. List what you do now before planning anything new.

## Use your spending

Public bodies are anchor organisations: what they buy shapes local jobs and businesses. Ask suppliers what they will do for local communities, and weigh their answers when you choose.

## Focus on inequalities

Use the eight Marmot principles to decide where your effort will do the most good, and who is missing out today.

## Measure what changes

Record what changed for people, how many benefited, where and when. This evidence is also what the Social Value Award asks for.`,
  },
  {
    kind: "GUIDE",
    slug: "supporting-social-innovation",
    category: "Guides",
    title: "Supporting Social Innovation in your Local Area",
    summary: "How organisations can encourage new local solutions that reduce avoidable inequalities.",
    body: `## What social innovation is

Social innovation means new ideas, services or partnerships that meet a social need better than what came before – often led by communities themselves.

## How your organisation can help

- Open up spare rooms, equipment and expertise to community groups.
- Fund small tests of new ideas and learn from those that do not work.
- Bring together partners whose strengths complement each other.
- Listen to the people most affected by inequalities and involve them from the start.

## Sharing what works

Tell the programme about innovations that worked so that other places can try them.`,
  },
  {
    kind: "GUIDE",
    slug: "recipe-for-a-good-life",
    category: "Guides",
    title: "Recipe for a Good Life",
    summary:
      "The ingredients that help people live a valued and dignified life, and how organisations can support each one.",
    body: `## The ingredients

A good life draws on many things: good health, a decent home, fair work, learning, friends and family, a safe and green place to live, and a voice in decisions.

## What organisations can do

Each organisation can strengthen some of these ingredients – as an employer, a buyer, a neighbour and a partner. Think about the people you serve and the places you work, and choose where you can help most.

## Building on strengths

Start with what people and communities already have. Their skills, relationships and local knowledge are assets to build on.`,
  },
  {
    kind: "GUIDE",
    slug: "social-value-award-guide",
    category: "The award",
    title: "Social Value Award Guide",
    summary:
      "Who can apply for the Social Value Award, what evidence to provide, how it is assessed and how long it lasts.",
    body: `## Eligibility

Any NHS body, local authority, VCFSE organisation, police, fire or ambulance service, school, college, university or private business working in at least one of the nine places of Cheshire and Merseyside can apply. The award is free.

## Themes and evidence

Choose one or more of the four themes – Social, Economic, Environment and Innovation. For each, describe what changed for your stakeholders, the difference it made, how many people benefited, where and when, and upload evidence to support it.

## Assessment

Assessors score each theme against five weighted criteria on a scale from 0 (none) to 4 (strong). A theme is recognised when its weighted score reaches the threshold and no criterion scores 0. You are granted the award when at least one theme is recognised. See [the award page](/award) for the current weights and thresholds.

## Decisions and appeals

We tell you the decision with written feedback. If you disagree, you can appeal to the programme lead.

## How long it lasts

The award lasts five years from the decision, or until a change in circumstances means you can no longer evidence it.`,
  },
  {
    kind: "GUIDE",
    slug: "social-value-network-training",
    category: "Training",
    title: "Social Value Network training slides",
    summary: "The training given to the Social Value Network, to use with your own teams.",
    body: `## About the training

These slides introduce social value, the local definition and the charter, and walk through practical examples from across Cheshire and Merseyside. Use them to brief colleagues, boards and suppliers.

## Sessions

1. What social value is and why it matters locally
2. The local definition and the Marmot principles
3. Social value in buying and commissioning
4. Measuring and evidencing what changes
5. The charter and the award`,
  },
];
