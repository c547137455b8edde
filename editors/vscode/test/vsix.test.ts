// The packaged extension (venvlsp.vsix, made by `npm run package`) holds the bundled client and the
// server, and none of the sources or node_modules.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { extensionRoot } from './session';

/** The names of a zip archive's entries, read from its central directory. */
function zipEntries(file: string): string[] {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, `${file} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'broken central directory');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('venvlsp.vsix', () => {
  let entries: string[];

  before(() => {
    const vsix = path.join(extensionRoot, 'venvlsp.vsix');
    assert.ok(fs.existsSync(vsix), 'no venvlsp.vsix: run npm run package first');
    entries = zipEntries(vsix);
  });

  test('holds the bundled client, the grammar, the language files and the schema', () => {
    for (const name of ['extension/package.json', 'extension/dist/extension.js', 'extension/syntaxes/ecflow.tmLanguage.json',
      'extension/languages/ecflow.language-configuration.json', 'extension/schemas/venvlsp.schema.json', 'extension/readme.md', 'extension/LICENSE.txt']) {
      assert.ok(entries.includes(name), `${name} is missing`);
    }
  });

  test('holds the server, framework-dependent, with its rule pages', () => {
    for (const name of ['extension/server/venvlsp.dll', 'extension/server/venvlsp.runtimeconfig.json', 'extension/server/venvlsp.deps.json',
      'extension/server/VenvLsp.Core.dll', 'extension/server/VenvLsp.LanguageServer.dll', 'extension/server/docs/rules/VENV101.md']) {
      assert.ok(entries.includes(name), `${name} is missing`);
    }
  });

  test('leaves out sources, tests, node_modules and debug files', () => {
    const unwanted = entries.filter((e) => /^extension\/(src|test|out|node_modules|scripts)\/|\.(ts|map|pdb)$/.test(e));
    assert.deepEqual(unwanted, []);
  });
});
