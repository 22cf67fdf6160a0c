import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The test app's generated API (test/_generated) imports the client by its package name: give it this source.
  resolve: { alias: [{ find: /^@dakarcafe\/client$/, replacement: resolve(import.meta.dirname, "src/index.ts") }] },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    globalSetup: ["test/server.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
