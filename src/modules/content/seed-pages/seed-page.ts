/** One page or guide of the starting content. */
export interface SeedPage {
  kind: "PAGE" | "GUIDE";
  slug: string;
  title: string;
  summary: string;
  category?: string;
  system?: boolean;
  body: string;
}
