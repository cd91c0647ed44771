/** One page or guide of the starting content. */
export interface SeedPage {
  kind: "PAGE" | "GUIDE";
  slug: string;
  title: string;
  summary: string;
  category?: string;
  system?: boolean;
  body: string;
  /** A PDF of the page, made when the content is seeded and offered on the page to download. */
  download?: {
    /** The link's words. */
    title: string;
    fileName: string;
    /** A4 pages, or landscape slides with one section to a slide. */
    layout: "document" | "slides";
  };
}
