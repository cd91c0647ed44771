import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const headingClasses: Record<string, string> = {
  h2: "govuk-heading-l",
  h3: "govuk-heading-m",
  h4: "govuk-heading-s",
  h5: "govuk-heading-s",
  h6: "govuk-heading-s",
};

/** A path on this site ("/assets/images/x.png"), not another host and not a scheme. */
function isPortalPath(src: string): boolean {
  return /^\/(?![/\\])/.test(src) && !/[\s\\]/.test(src);
}

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "b",
    "i",
    "code",
    "pre",
    "blockquote",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "del",
  ],
  allowedAttributes: {
    a: ["href", "title", "class"],
    img: ["src", "alt", "title"],
    th: ["scope", "class"],
    td: ["class"],
    "*": ["class"],
  },
  allowedClasses: { "*": [/^govuk-[a-z0-9-_]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // The page's own heading is its h1; headings in the body start one level down.
    h1: sanitizeHtml.simpleTransform("h2", { class: headingClasses.h2 ?? "" }),
    h2: sanitizeHtml.simpleTransform("h2", { class: headingClasses.h2 ?? "" }),
    h3: sanitizeHtml.simpleTransform("h3", { class: headingClasses.h3 ?? "" }),
    h4: sanitizeHtml.simpleTransform("h4", { class: headingClasses.h4 ?? "" }),
    h5: sanitizeHtml.simpleTransform("h5", { class: headingClasses.h5 ?? "" }),
    h6: sanitizeHtml.simpleTransform("h6", { class: headingClasses.h6 ?? "" }),
    p: sanitizeHtml.simpleTransform("p", { class: "govuk-body" }),
    ul: sanitizeHtml.simpleTransform("ul", { class: "govuk-list govuk-list--bullet" }),
    ol: sanitizeHtml.simpleTransform("ol", { class: "govuk-list govuk-list--number" }),
    a: sanitizeHtml.simpleTransform("a", { class: "govuk-link" }),
    table: sanitizeHtml.simpleTransform("table", { class: "govuk-table" }),
    thead: sanitizeHtml.simpleTransform("thead", { class: "govuk-table__head" }),
    tbody: sanitizeHtml.simpleTransform("tbody", { class: "govuk-table__body" }),
    tr: sanitizeHtml.simpleTransform("tr", { class: "govuk-table__row" }),
    th: () => ({ tagName: "th", attribs: { scope: "col", class: "govuk-table__header" } }),
    td: sanitizeHtml.simpleTransform("td", { class: "govuk-table__cell" }),
    hr: sanitizeHtml.simpleTransform("hr", {
      class: "govuk-section-break govuk-section-break--m govuk-section-break--visible",
    }),
    blockquote: sanitizeHtml.simpleTransform("blockquote", { class: "govuk-inset-text" }),
  },
  // Images only from the portal itself: anything else is dropped, not fetched from elsewhere.
  exclusiveFilter: (frame) => frame.tag === "img" && !isPortalPath(frame.attribs.src ?? ""),
};

/** Markdown (which may contain HTML) as safe HTML in the design system's styles. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown ?? "") as string;
  return sanitizeHtml(html, options);
}

/** The words of Markdown without any markup, for search and summaries. */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown ?? "") as string;
  return sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|td|th|tr|pre|blockquote)>/g, "$& "), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
