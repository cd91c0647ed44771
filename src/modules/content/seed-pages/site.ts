import type { SeedPage } from "./seed-page.js";

/** The pages every public site needs: the guides' front page, contact, and the statements. */
export const SITE_PAGES: SeedPage[] = [
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
];
