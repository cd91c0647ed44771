import type { ExportDefinitions } from "./catalogue.js";
import { EXPORT_KEYS } from "./definition.js";

/** What each export holds, for the exports page. */
export function list(definitions: ExportDefinitions) {
  return EXPORT_KEYS.map((key) => {
    const { title, summary, columns } = definitions[key];
    return {
      key,
      title,
      summary,
      href: `/admin/exports/${key}.csv`,
      columns: (columns as { header: string; meaning: string }[]).map(({ header, meaning }) => ({
        header,
        meaning,
      })),
    };
  });
}
