import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The server serves the built dashboard under /dashboard/. In development the dev and preview servers pass the sync
// hub, the token endpoints, the sign-in page and the stored files on to DAKARCAFE_SERVER (the README's
// `bash scripts/run` by default), so the app talks to its own origin as it does when the server serves it.
const server = process.env.DAKARCAFE_SERVER ?? "http://127.0.0.1:5080";
const proxy = {
  "/sync": { target: server, ws: true },
  "/connect": { target: server },
  "/auth": { target: server },
  "/files": { target: server },
};

export default defineConfig({
  base: "/dashboard/",
  plugins: [react()],
  resolve: { dedupe: ["react", "react-dom"] },
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
});
