import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The page reaches the server through its own origin: the dev and preview servers pass the sync hub, the token
// endpoint and the account endpoints on to DAKARCAFE_SERVER (`dotnet run --project DakarCafeApp.Server` by default).
const server = process.env.DAKARCAFE_SERVER ?? "http://127.0.0.1:5080";
const proxy = {
  "/sync": { target: server, ws: true },
  "/connect": { target: server },
  "/auth": { target: server },
};

export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
});
