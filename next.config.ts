import type { NextConfig } from "next";
// Importing the env module validates process.env at build time: bad config fails the build.
import "./lib/env";

const nextConfig: NextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
};

export default nextConfig;
