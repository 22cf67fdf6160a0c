import type { TestProject } from "vitest/node";
import { removeData, startServer } from "./serverProcess";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

/** One real server (with its sample data) for the SDK's integration tests; stopped, and its data removed, at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServer();
  project.provide("serverUrl", server.url);
  return async () => {
    await server.stop();
    removeData(server);
  };
}
