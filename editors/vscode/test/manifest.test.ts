// package.json against the rest: every configuration key of venvlsp.json has a setting, every
// command has a handler, the grammar and language files it names exist.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { extensionRoot } from './session';

interface Manifest {
  main: string;
  contributes: {
    configuration: { properties: Record<string, { default: unknown }> };
    commands: Array<{ command: string }>;
    languages: Array<{ id: string; configuration?: string }>;
    grammars: Array<{ path: string; scopeName: string }>;
    jsonValidation: Array<{ fileMatch: string; url: string }>;
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as Manifest;
const repositorySchema = path.join(extensionRoot, '..', '..', 'src', 'VenvLsp.Core', 'Configuration', 'venvlsp.schema.json');

describe('package.json', () => {
  test('has a setting for every key of venvlsp.json, and no check setting the schema lacks', () => {
    const schema = JSON.parse(fs.readFileSync(repositorySchema, 'utf8')) as { properties: Record<string, unknown> };
    const configKeys = Object.keys(schema.properties).filter((k) => k !== '$schema').sort();
    const editorOnly = ['server.path', 'logFile', 'logLevel', 'trace.server'];
    const settingKeys = Object.keys(manifest.contributes.configuration.properties).map((k) => k.replace(/^venvlsp\./, ''));
    assert.deepEqual(settingKeys.filter((k) => !editorOnly.includes(k)).sort(), configKeys);
  });

  test('gives every check setting an empty default, so an unset setting never overrides venvlsp.json', () => {
    for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
      if (['venvlsp.server.path', 'venvlsp.logFile', 'venvlsp.logLevel', 'venvlsp.trace.server'].includes(key)) continue;
      const value = property.default;
      const empty = value === null || value === '' || (Array.isArray(value) && value.length === 0) ||
        (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
      assert.ok(empty, `${key} defaults to ${JSON.stringify(value)}`);
    }
  });

  test('registers a handler for every contributed command', () => {
    const sources = fs.readdirSync(path.join(extensionRoot, 'src')).map((f) => fs.readFileSync(path.join(extensionRoot, 'src', f), 'utf8')).join('\n');
    for (const { command } of manifest.contributes.commands) {
      assert.ok(sources.includes(`registerCommand('${command}'`), `no handler for ${command}`);
    }
  });

  test('names grammar and language configuration files that exist and parse', () => {
    const files = [
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.languages.flatMap((l) => (l.configuration ? [l.configuration] : [])),
    ];
    for (const file of files) assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(extensionRoot, file), 'utf8')), file);
  });

  test('registers the schema copied from the engine for venvlsp.json', () => {
    const [validation] = manifest.contributes.jsonValidation;
    assert.equal(validation.fileMatch, 'venvlsp.json');
    const copied = path.join(extensionRoot, validation.url);
    assert.equal(fs.readFileSync(copied, 'utf8'), fs.readFileSync(repositorySchema, 'utf8'), 'run npm run schema');
  });

  test('names a bundle that loads where the vscode module exists, and exports activate and deactivate', () => {
    const exported = loadWithVscodeStub(path.join(extensionRoot, manifest.main)) as Record<string, unknown>;
    assert.equal(typeof exported['activate'], 'function');
    assert.equal(typeof exported['deactivate'], 'function');
  });
});

/** A stand-in for the API VS Code hands extensions: every name the API declares at its top level,
 * each a stub that answers any property access, call or construction with another stub. */
function vscodeStub(): Record<string, unknown> {
  const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = [...declarations.matchAll(/^(?:\t| {4})export (?:declare )?(?:class|namespace|enum|function|const|let|var) ([A-Za-z_]+)/gm)].map((m) => m[1]);
  const stub = (name: string): unknown =>
    new Proxy(function () {}, {
      get: (target, property) => (property === 'then' || typeof property === 'symbol' ? undefined : property === 'prototype' ? (target.prototype as unknown) : stub(`${name}.${property}`)),
      apply: () => stub(`${name}()`),
      construct: () => stub(`new ${name}`) as object,
    });
  return Object.fromEntries(names.map((name) => [name, stub(name)]));
}

function loadWithVscodeStub(file: string): unknown {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  const api = vscodeStub();
  loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? api : original.call(this, request, ...rest);
  };
  try {
    return Module.createRequire(__filename)(file);
  } finally {
    loader._load = original;
  }
}

