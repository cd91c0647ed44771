import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "src/generated/", "public/build/", "node_modules/", "coverage/", "data/", "uploads/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ["*.js", "scripts/*.mjs", "public/js/*.js"] } },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  // Each area of src/modules is reached only through its index.ts (its public face), and the
  // platform never reaches into the areas.
  ...boundaries(),
  {
    files: ["public/js/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);

function reachInto(prefix) {
  return {
    regex: `^${prefix}[a-z-]+/(?!index\\.js$)`,
    message: "Import another area through its index.js, its public face.",
  };
}

function boundaries() {
  const rule = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
  return [
    { files: ["src/*.ts", "scripts/**/*.ts"], rules: rule(reachInto("(\\./|(\\.\\./)+src/)modules/")) },
    { files: ["src/modules/*/*.ts"], rules: rule(reachInto("\\.\\./")) },
    { files: ["src/modules/*/*/*.ts"], rules: rule(reachInto("\\.\\./\\.\\./")) },
    { files: ["src/modules/*/*/*/*.ts"], rules: rule(reachInto("\\.\\./\\.\\./\\.\\./")) },
    {
      files: ["src/platform/**/*.ts"],
      rules: rule({ regex: "(^|/)modules/", message: "The platform serves every area and imports none of them." }),
    },
  ];
}
