import { defineConfig } from "vitest/config";

// Only the app's logic is tested here: no device or simulator runs on this machine, and the screens type-check.
export default defineConfig({ test: { include: ["src/**/*.test.ts"] } });
