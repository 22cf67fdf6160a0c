// These tests run the SDK against the DakarCafé Express shop's server, so they call its functions through its
// generated API (schema/typescript). Its `@dakarcafe/client` import resolves to this package's source here
// (test/tsconfig.json's paths, vitest.config.ts's alias): one client in the tests, the one they test.
export * from "../../../schema/typescript";
