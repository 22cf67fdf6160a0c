// The SDK is linked from client-sdk/typescript (file:). Metro must watch that folder, and React must come from this
// app for the SDK's hooks too (the SDK's own node_modules hold a copy for its tests): one React, or hooks break.
const { getDefaultConfig } = require("expo/metro-config");
const path = require("node:path");

const config = getDefaultConfig(__dirname);
config.watchFolders = [path.resolve(__dirname, "../../client-sdk/typescript")];
const fromApp = path.join(__dirname, "index.ts");
const shared = ["react", "react-native"];
config.resolver.resolveRequest = (context, moduleName, platform) =>
  context.resolveRequest(
    shared.some((name) => moduleName === name || moduleName.startsWith(`${name}/`)) ? { ...context, originModulePath: fromApp } : context,
    moduleName,
    platform,
  );
module.exports = config;
