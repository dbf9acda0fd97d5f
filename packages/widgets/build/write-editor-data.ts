/**
 * `node build/write-editor-data.ts` (after `cem analyze`): writes the editor data of
 * `custom-elements.json` to `dist/vscode.html-custom-data.json` and `dist/web-types.json`
 * (see editor-data.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldValuesResolver } from './attribute-values.ts';
import { collectElements, vscodeCustomData, webTypes, type Manifest, type PackageInfo } from './editor-data.ts';

const root = resolve(import.meta.dirname, '..');

/** Reads the manifest and package.json of `root` and returns both documents. */
export function editorData(root: string): { vscode: object; webTypes: object } {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const info: PackageInfo = { name: pkg.name, version: pkg.version, docsUrl: `https://www.npmjs.com/package/${pkg.name}` };
  const modules = manifest.modules
    .filter((module) => module.declarations?.some((declaration) => declaration.customElement))
    .map((module) => module.path);
  const elements = collectElements(manifest, pkg.name, fieldValuesResolver(root, modules));
  return { vscode: vscodeCustomData(elements, info), webTypes: webTypes(elements, info) };
}

if (import.meta.main) {
  const { vscode, webTypes: types } = editorData(root);
  mkdirSync(resolve(root, 'dist'), { recursive: true });
  writeFileSync(resolve(root, 'dist/vscode.html-custom-data.json'), `${JSON.stringify(vscode, null, 2)}\n`);
  writeFileSync(resolve(root, 'dist/web-types.json'), `${JSON.stringify(types, null, 2)}\n`);
}
