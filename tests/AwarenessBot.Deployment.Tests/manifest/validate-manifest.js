// Validates a Teams app manifest offline against the schema bundled in @microsoft/app-manifest.
// Usage: node validate-manifest.js <manifest.json>. Exit 0 valid, 1 invalid, 2 cannot check.
// The schema is loaded from the package's own copy and passed in, so nothing is fetched from the network.
"use strict";
const fs = require("fs");
const path = require("path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

async function main() {
  const manifestPath = process.argv[2];
  if (!manifestPath) {
    console.error("usage: node validate-manifest.js <manifest.json>");
    return 2;
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const match = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v[0-9.]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema || "");
  if (!match) {
    console.error(`unexpected $schema: ${manifest.$schema}`);
    return 1;
  }
  if (`v${manifest.manifestVersion}` !== match[1]) {
    console.error(`manifestVersion ${manifest.manifestVersion} does not match $schema ${match[1]}`);
    return 1;
  }
  const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const schemaPath = path.join(packageRoot, "build", "json-schemas", "teams", match[1], "MicrosoftTeams.schema.json");
  if (!fs.existsSync(schemaPath)) {
    console.error(`schema ${match[1]} is not bundled in @microsoft/app-manifest`);
    return 2;
  }
  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
  const failures = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  for (const failure of failures) {
    console.log(`invalid: ${failure}`);
  }
  if (failures.length === 0) {
    console.log(`valid against ${match[1]}`);
  }
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 2; });
