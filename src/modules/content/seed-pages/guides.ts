import { AWARD_GUIDES } from "./guides-award.js";
import type { SeedPage } from "./seed-page.js";

/** The guides and training materials of the library, each with a PDF to download. */
export const SEED_GUIDES: SeedPage[] = [
  {
    kind: "GUIDE",
    slug: "social-value-guide",
    category: "Guides",
    title: "Social Value Guide",
    summary:
      "An introduction to social value in Cheshire and Merseyside and how your organisation can put it into practice.",
    download: { title: "Social Value Guide", fileName: "social-value-guide.pdf", layout: "document" },
    body: `## Who this guide is for

This guide is for anyone in Cheshire and Merseyside who wants their organisation to do more good for the people and places it serves: a ward manager, a council buyer, a charity trustee, a head teacher or the owner of a small business. It explains what social value means here, where to begin, and how to show what has changed.

## What social value means in Cheshire and Merseyside

Partners across the sub-region agreed a local definition with four parts:

1. **The good done in communities**: the environmental, economic and social benefits an organisation creates on top of its main job.
2. **Building on strengths**: helping people and communities to grow their skills, confidence and assets, so that everyone can live a valued and dignified life.
3. **Social innovation**: new ways of working that reduce inequalities which could be avoided, guided by the Marmot principles.
4. **Using public money well**: public bodies are anchor organisations, so what they buy and how they employ people should benefit local communities. For businesses, corporate social responsibility (CSR) is the same commitment.

## Why it matters here

Cheshire and Merseyside is one of the UK's Social Value Accelerator Sites. Its nine places – Cheshire East, Cheshire West and Chester, Halton, Knowsley, Liverpool, Sefton, St Helens, Warrington and Wirral – range from market towns and farmland to dense city neighbourhoods, and health and wealth differ widely between them. The NHS, councils, the voluntary, community, faith and social enterprise sector (VCFSE) and local businesses together employ many thousands of people and spend a great deal of money here every year. If each of them makes a little more of what it already does, the difference adds up.

## Start with what you already do

Most organisations already create social value without calling it that. Before planning anything new, take stock with a few questions:

- Who do you employ, and how do people hear about your jobs?
- Where does your money go? How much of it is spent with suppliers in Cheshire and Merseyside?
- What do you own or use that others could share: rooms, vehicles, equipment, data or expertise?
- Which groups of people do you reach least well today, and why?

## Five practical steps

1. **Name someone to lead it.** A Social Value Champion keeps the work moving and links you to others doing the same.
2. **Agree your priorities with the people affected.** Ask communities and staff what would make the most difference, rather than guessing.
3. **Build it into buying.** Ask suppliers what they will do for local communities, weigh their answers when you choose, and keep the questions proportionate for small firms and charities.
4. **Work in partnership.** Organisations with different strengths can achieve together what none could alone.
5. **Measure and tell the story.** Record what changes, share it with the people involved, and learn from what did not work.

## Measuring what changes

Counting activity – sessions run, leaflets handed out – is a start, but social value is about what changed for people. For each piece of work, note what changed, what difference it made to the people involved, how many benefited, where and when. Keep evidence as you go: attendance records, feedback forms, photographs and case studies (with permission), spending reports and evaluations. This is also the evidence the Social Value Award asks for, so good records now make an application easy later.

## Your next steps

- Sign the Social Value Charter to show your commitment and join the network of signatories.
- Find or become a Social Value Champion in your organisation.
- Read the Social Value Award Guide and apply for the award when you can show results.
- Contact the programme team, who are glad to talk through ideas at any stage.`,
  },
  {
    kind: "GUIDE",
    slug: "supporting-social-innovation",
    category: "Guides",
    title: "Supporting Social Innovation in your Local Area",
    summary: "How organisations can encourage new local solutions that reduce avoidable inequalities.",
    download: {
      title: "Supporting Social Innovation in your Local Area",
      fileName: "supporting-social-innovation.pdf",
      layout: "document",
    },
    body: `## What social innovation is

Social innovation means new ideas, services or partnerships that meet a social need better than what came before. It is rarely a gadget or an app. More often it is a different way of working: a single front door instead of five referral forms, a service designed with the people who use it, or a partnership between organisations that had never worked together. Some of the best ideas come from communities themselves.

## Why it matters for inequalities

Many of the differences in health and wellbeing between neighbourhoods in Cheshire and Merseyside could be avoided. The Marmot principles describe what it takes to close those gaps:

- give every child the best start in life;
- enable all children, young people and adults to make the most of their abilities and have control over their lives;
- create fair employment and good work for all;
- ensure a healthy standard of living for all;
- create and develop healthy and sustainable places and communities;
- strengthen the role and impact of ill-health prevention;
- tackle racism, discrimination and their outcomes;
- pursue environmental sustainability and health equity together.

Social innovation is how new answers to these problems are found, tested and spread.

## What your organisation can offer

You do not need a research budget to support innovation. Look at what you already have:

- **Space**: meeting rooms, halls, kitchens or land that community groups could use at quiet times.
- **People**: staff time for volunteering or mentoring, and specialists who could advise a group for an hour a month.
- **Information**: anonymised data that would help a group see where need is greatest.
- **Buying power**: contracts that leave room for new providers, including social enterprises.
- **Connections**: the ability to bring the right people round a table.

## Start small, test and learn

1. **Define the problem with the people who live with it.** Ask them what gets in the way, and listen before proposing anything.
2. **Try a small test.** Run the idea for a few weeks, in one place, with a few people.
3. **Measure what happens.** Decide in advance what would count as success, and record what changes as well as what is done.
4. **Decide what next.** Stop, change or grow the idea. A test that fails early and cheaply is useful learning, not a waste.

## Working with communities

Involving people well takes care. Pay people for their time and expenses when you ask for their expertise. Meet at times and places that suit them, in accessible buildings, and offer interpreters where needed. Tell people what you did with their advice, even when the answer was no. Trust grows when people see their ideas taken seriously.

## Common pitfalls

- Starting with a solution and looking for a problem to fit it.
- Expecting a pilot to prove itself in weeks when change takes months.
- Letting a good idea end when the person who championed it moves on.
- Keeping results to yourself, so that others repeat the same mistakes.

## Sharing what works

Tell the programme team about innovations that worked – and those that did not – so that other places can learn from them. Work that tackles local problems in new ways, often in partnership, is what the Innovation theme of the Social Value Award recognises.`,
  },
  {
    kind: "GUIDE",
    slug: "recipe-for-a-good-life",
    category: "Guides",
    title: "Recipe for a Good Life",
    summary:
      "The ingredients that help people live a valued and dignified life, and how organisations can support each one.",
    download: { title: "Recipe for a Good Life", fileName: "recipe-for-a-good-life.pdf", layout: "document" },
    body: `## The idea

Everyone deserves the chance to live a valued and dignified life. That does not come from one service or one organisation. It comes from a mix of everyday things, which this guide calls the ingredients of a good life. When any of them is missing, people struggle; when organisations help to supply them, people and places thrive.

## The ingredients

- **Good health**, and care that is easy to reach when it is needed.
- **A decent, secure home** that is warm, safe and affordable.
- **Fair work and enough money** to live on, with some left for the things that make life enjoyable.
- **Learning throughout life**, from the early years to retraining in later life.
- **Friends, family and belonging**: people to rely on and groups to be part of.
- **A safe, green place to live**, with clean air, parks and somewhere to meet.
- **A say in decisions** that affect your life and your community.
- **Feeling valued** for who you are, free from discrimination.

## What organisations can add

Every organisation touches several ingredients at once, in four roles:

- **As an employer**: paying fairly, offering flexible and secure work, recruiting from communities that are often overlooked, and looking after staff wellbeing.
- **As a buyer**: choosing suppliers who treat their workers well, buy locally and care for the environment.
- **As a neighbour**: opening up buildings and grounds, keeping the local area clean and green, and being a good presence on the street.
- **As a partner**: sharing skills, data and resources with other organisations and community groups.

## Start from strengths

It is easy to describe communities by what they lack. A better starting point is what people already have: skills, local knowledge, relationships, faith and community groups, and the energy of volunteers. Work that builds on these strengths lasts longer than work that only fills gaps, because people own it.

## Putting the recipe to work

Use these questions with your team, your board or your partners:

1. Which ingredients does our work already support, and for whom?
2. Which ingredient could we strengthen most with what we already have?
3. Who is missing out on an ingredient today, and what stops them getting it?
4. Who could we work with to supply an ingredient we cannot provide ourselves?
5. How will we know whether people's lives have improved?

Write down the answers and choose one or two actions you can take in the next three months.

## Linking with the Marmot principles

The ingredients sit closely alongside the eight Marmot principles used across Cheshire and Merseyside to reduce health inequalities. Fair work matches "fair employment and good work for all"; a safe, green place matches "healthy and sustainable places and communities"; learning throughout life matches helping everyone to make the most of their abilities. Using both helps you explain your work in terms that partners recognise.

## What good looks like

A housing provider that trains tenants for jobs in its repairs team. A school that opens its playing fields to local clubs at weekends. A hospital that buys its food from growers in the region. A small firm that gives staff paid time to volunteer. None of these is complicated, and each adds an ingredient to someone's good life.`,
  },
  ...AWARD_GUIDES,
];
