// Writes dist/openapi.json at build time so tools and docs can read the document without running the API.
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../dist/openapi.js';
import pkg from '../package.json' with { type: 'json' };

const document = buildOpenApiDocument({ version: pkg.version });
writeFileSync(new URL('../dist/openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log(`dist/openapi.json: ${Object.keys(document.paths ?? {}).length} paths`);
