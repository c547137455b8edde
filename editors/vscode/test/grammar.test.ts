// The ecFlow grammar, tokenized by the TextMate engine VS Code uses (vscode-textmate with the
// oniguruma WebAssembly build). The shell grammar is VS Code's own; a small stand-in with strings
// and comments takes its place, enough to show the ecFlow parts are found inside shell constructs.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';
import { extensionRoot } from './session';

const shellStandIn = JSON.stringify({
  scopeName: 'source.shell',
  patterns: [
    { name: 'comment.line.number-sign.shell', begin: '#', end: '$' },
    { name: 'string.quoted.double.shell', begin: '"', end: '"' },
  ],
});

let grammar: IGrammar;

/** Each line's tokens as "text: scopes" strings, for the parts that are not plain source. */
function tokenize(text: string): Array<Array<{ text: string; scopes: string[] }>> {
  let stack = INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function scopesOf(lines: ReturnType<typeof tokenize>, line: number, text: string): string[] {
  const token = lines[line].find((t) => t.text === text);
  assert.ok(token, `no token "${text}" on line ${line}: ${JSON.stringify(lines[line].map((t) => t.text))}`);
  return token.scopes;
}

describe('the ecFlow grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: (scopeName) => {
        if (scopeName === 'source.shell') return Promise.resolve(parseRawGrammar(shellStandIn, 'shell.json'));
        if (scopeName !== 'source.ecflow') return Promise.resolve(null);
        const file = path.join(extensionRoot, 'syntaxes', 'ecflow.tmLanguage.json');
        return Promise.resolve(parseRawGrammar(fs.readFileSync(file, 'utf8'), file));
      },
    });
    const loaded = await registry.loadGrammar('source.ecflow');
    assert.ok(loaded);
    grammar = loaded;
  });

  test('marks directives and the included file', () => {
    const lines = tokenize('%include <head.h>\n%includeonce "envir.h"');
    assert.ok(scopesOf(lines, 0, 'include').includes('keyword.control.directive.include.ecflow'));
    assert.ok(scopesOf(lines, 0, '<head.h>').includes('string.quoted.other.include.ecflow'));
    assert.ok(scopesOf(lines, 1, '"envir.h"').includes('string.quoted.other.include.ecflow'));
  });

  test('marks variables with and without a default, also inside shell strings and comments', () => {
    const lines = tokenize('cd %HOMEaigfs%\necho "%ECF_NAME:unknown%"\n# job %FAMILY%');
    assert.ok(scopesOf(lines, 0, 'HOMEaigfs').includes('variable.other.ecflow'));
    const inString = scopesOf(lines, 1, 'ECF_NAME');
    assert.ok(inString.includes('variable.other.ecflow') && inString.includes('string.quoted.double.shell'), inString.join(' '));
    assert.ok(scopesOf(lines, 1, 'unknown').includes('string.unquoted.default.ecflow'));
    assert.ok(scopesOf(lines, 2, 'FAMILY').includes('variable.other.ecflow'));
  });

  test('takes %manual and %comment blocks for comments, up to %end', () => {
    const lines = tokenize('%manual\nRun %THIS% by hand.\n%end\n%comment\nnotes\n%end\necho %AFTER%');
    assert.ok(scopesOf(lines, 1, 'Run %THIS% by hand.').includes('comment.block.documentation.ecflow'));
    assert.ok(scopesOf(lines, 4, 'notes').includes('comment.block.documentation.ecflow'));
    assert.ok(scopesOf(lines, 6, 'AFTER').includes('variable.other.ecflow'), 'the comment did not end at %end');
  });

  test('leaves %nopp blocks to the shell, without variables', () => {
    const lines = tokenize('%nopp\ndate +%Y%m%d\n%end');
    assert.ok(!lines[1].some((t) => t.scopes.includes('variable.other.ecflow')), JSON.stringify(lines[1]));
    assert.ok(scopesOf(lines, 0, 'nopp').includes('keyword.control.directive.ecflow'));
    assert.ok(scopesOf(lines, 2, 'end').includes('keyword.control.directive.ecflow'));
  });
});
