// Reads robots.txt as a crawler does (RFC 9309), for the group that applies to every crawler.

export interface RobotsRules {
  allows(path: string): boolean;
  sitemaps: string[];
}

function matcher(pattern: string): RegExp {
  const anchored = pattern.endsWith("$");
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}${anchored ? "$" : ""}`);
}

export function parseRobots(text: string): RobotsRules {
  const rules: { allow: boolean; pattern: string; test: RegExp }[] = [];
  const sitemaps: string[] = [];
  let inGroupForAll = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const [field = "", ...rest] = line.split(":");
    const value = rest.join(":").trim();
    const name = field.trim().toLowerCase();
    if (name === "user-agent") inGroupForAll = value === "*";
    else if (name === "sitemap") sitemaps.push(value);
    else if (inGroupForAll && (name === "allow" || name === "disallow") && value) {
      rules.push({ allow: name === "allow", pattern: value, test: matcher(value) });
    }
  }
  return {
    sitemaps,
    allows(path) {
      // The longest matching rule wins; on a tie, allow.
      const matching = rules.filter((rule) => rule.test.test(path));
      if (matching.length === 0) return true;
      const longest = Math.max(...matching.map((rule) => rule.pattern.length));
      return matching.some((rule) => rule.pattern.length === longest && rule.allow);
    },
  };
}
