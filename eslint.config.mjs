import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The three zones of the conventions (§1), enforced so that a wrong arrow fails `npm run lint`:
// lib/domain is universal; lib/client and lib/server are fenced from each other; imports flow
// app → components → lib, never back; components/ui knows nothing of the domain.
const importZones = {
  "import/no-restricted-paths": [
    "error",
    {
      zones: [
        {
          target: "./lib/domain",
          from: ["./lib/client", "./lib/server", "./lib/env.ts", "./components", "./app"],
          message: "lib/domain is universal: it imports only zod and other domain modules.",
        },
        { target: "./lib/client", from: ["./lib/server", "./components", "./app"], message: "lib/client must not import server code, components or routes." },
        { target: "./lib/server", from: ["./lib/client", "./components", "./app"], message: "lib/server must not import client code, components or routes." },
        { target: "./lib/i18n", from: ["./lib/client", "./lib/server", "./components", "./app"], message: "lib/i18n is universal." },
        { target: "./components", from: ["./app", "./lib/server"], message: "Components must not import routes or server code." },
        { target: "./components/ui", from: ["./lib/domain", "./lib/client", "./lib/server"], message: "components/ui is the design system: it knows nothing of the domain." },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "public/sw.js", "test-results/**", "playwright-report/**", "next-env.d.ts", ".test-output/**"],
  },
  {
    files: ["**/*.{ts,tsx,mts}"],
    rules: {
      ...importZones,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // lib/env.ts is the only reader of process.env (conventions §8).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  {
    files: ["lib/env.ts", "scripts/**", "e2e/**", "*.config.ts", "*.config.mjs"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
