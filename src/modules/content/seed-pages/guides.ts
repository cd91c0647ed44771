import type { SeedPage } from "./seed-page.js";

/** The guides and training materials of the library. */
export const SEED_GUIDES: SeedPage[] = [
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
