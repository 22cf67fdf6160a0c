import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The storefront talks to the DakarCafé server through its own origin: the dev and preview servers pass the sync
// hub, the token endpoint, the account endpoints and the stored files (product pictures) on to DAKARCAFE_SERVER (the README's `bash scripts/run` by default).
const server = process.env.DAKARCAFE_SERVER ?? "http://127.0.0.1:5080";
const proxy = {
  "/sync": { target: server, ws: true },
  "/connect": { target: server },
  "/auth": { target: server },
  "/health": { target: server },
  "/files": { target: server },
};

export default defineConfig({
  plugins: [react()],
  resolve: { dedupe: ["react", "react-dom"] },
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
});
