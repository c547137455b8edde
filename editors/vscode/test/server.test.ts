// The real server driven the way VS Code's client drives it: initialize with VS Code's
// capabilities (pull diagnostics), open the example requirements file, pull its diagnostics, apply
// a quick fix and send the edit back as VS Code would, ask for Fix All, and change a setting.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CodeAction,
  CodeActionRequest,
  CodeActionTriggerKind,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  FullDocumentDiagnosticReport,
  TextDocumentEdit,
  TextEdit,
  WorkspaceDiagnosticRequest,
} from 'vscode-languageserver-protocol/node';
import { copyExamples, Session, startSession, uriOf, vscodeSettings } from './session';

// What `venvlsp check` reports on examples/aigfs.v1.0.0/requirements.txt: rule ID and 0-based line.
const expected = ['VENV106@2', 'VENV101@3', 'VENV103@4', 'VENV102@4', 'VENV102@5', 'VENV104@10', 'VENV112@11', 'VENV101@12', 'VENV105@12'];

const keys = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`).sort();
const sorted = (list: string[]) => [...list].sort();

/** Applies LSP text edits to a text (edits do not overlap; applied from the end). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, character: number) => lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  const ordered = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character));
  let result = text;
  for (const edit of ordered) {
    const start = offset(edit.range.start.line, edit.range.start.character);
    const end = offset(edit.range.end.line, edit.range.end.character);
    result = result.slice(0, start) + edit.newText + result.slice(end);
  }
  return result;
}

function full(report: DocumentDiagnosticReport): FullDocumentDiagnosticReport {
  assert.equal(report.kind, 'full', `expected a full report, got ${JSON.stringify(report)}`);
  return report;
}

describe('the server as VS Code drives it (pull diagnostics)', () => {
  let workspace: string;
  let session: Session;
  let settings = vscodeSettings();
  let file: string;
  let uri: string;
  let text: string;
  let version = 1;
  let resultId: string | undefined;

  before(async () => {
    workspace = copyExamples();
    file = path.join(workspace, 'aigfs.v1.0.0', 'requirements.txt');
    uri = uriOf(file);
    text = fs.readFileSync(file, 'utf8');
    session = await startSession(workspace, true, () => settings);
  });

  after(async () => {
    const code = await session?.close();
    assert.equal(code, 0, `the server exited with ${code} after shutdown and exit; log: ${session?.logFile}`);
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  test('initialize answers with pull diagnostics, incremental sync and the VenvLsp code action kinds', () => {
    const { capabilities, serverInfo } = session.initializeResult;
    assert.equal(serverInfo?.name, 'venvlsp');
    assert.ok(capabilities.diagnosticProvider, 'no diagnosticProvider for a client that pulls');
    const sync = capabilities.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, 2, 'not incremental sync');
    const codeActions = capabilities.codeActionProvider;
    assert.ok(typeof codeActions === 'object', 'no code action options');
    assert.deepEqual(sorted(codeActions.codeActionKinds ?? []), ['quickfix', 'source.fixAll.venvlsp']);
  });

  test('after initialized the server asks for the "venvlsp" section', async () => {
    for (let i = 0; i < 50 && session.configurationRequests.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(session.configurationRequests.some((p) => p.items.some((item) => item.section === 'venvlsp')),
      `no workspace/configuration with section "venvlsp": ${JSON.stringify(session.configurationRequests)}`);
  });

  test('workspace/diagnostic, which VS Code polls every 2 s, reports the example file before it is opened', async () => {
    // The workspace scan runs in the background after initialized: poll as VS Code does.
    let items: Diagnostic[] | undefined;
    for (let attempt = 0; attempt < 50 && items === undefined; attempt++) {
      const report = await session.connection.sendRequest(WorkspaceDiagnosticRequest.type, { identifier: 'venvlsp', previousResultIds: [] });
      const entry = report.items.find((item) => item.uri === uri);
      if (entry?.kind === 'full') items = entry.items;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(items, 'the workspace report never included the example requirements file');
    assert.deepEqual(keys(items), sorted(expected));
  });

  test('the example requirements file gets its diagnostics, IDs and lines as venvlsp check gives them', async () => {
    await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'pip-requirements', version, text },
    });
    const report = full(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { identifier: 'venvlsp', textDocument: { uri } }));
    resultId = report.resultId;
    assert.deepEqual(keys(report.items), sorted(expected));
    const nunpy = report.items.find((d) => d.code === 'VENV101' && d.range.start.line === 3);
    assert.equal(nunpy?.source, 'venvlsp');
    assert.equal(nunpy?.severity, 1);
    assert.match(nunpy?.codeDescription?.href ?? '', /VENV101/);
  });

  test('the VENV101 quick fix replaces nunpy with numpy, and the diagnostic goes once VS Code sends the edit', async () => {
    const report = full(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { identifier: 'venvlsp', textDocument: { uri } }));
    const nunpy = report.items.find((d) => d.code === 'VENV101' && d.range.start.line === 3);
    assert.ok(nunpy, 'no VENV101 on line 4');
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: nunpy.range,
      context: { diagnostics: [nunpy], triggerKind: CodeActionTriggerKind.Automatic },
    })) as CodeAction[];
    const preferred = actions.filter((a) => a.kind === 'quickfix' && a.isPreferred === true);
    assert.equal(preferred.length, 1, `one preferred quick fix expected: ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(actions.some((a) => a.title === 'Suppress VENV101 on this line'), 'no suppression action');

    const change = preferred[0].edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.ok(change, 'the quick fix has no documentChanges (VS Code asked for them)');
    assert.equal(change.textDocument.uri, uri);
    assert.equal(change.textDocument.version, version, 'the edit does not carry the document version');
    const edits = change.edits as TextEdit[];
    const fixed = applyEdits(text, edits);
    assert.equal(fixed.split('\n')[3], 'numpy==1.26.4');

    // VS Code applies the edit and reports it as an incremental change.
    text = fixed;
    version++;
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: edits.map((e) => ({ range: e.range, rangeLength: e.range.end.character - e.range.start.character, text: e.newText })),
    });
    const after = full(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { identifier: 'venvlsp', textDocument: { uri }, previousResultId: resultId }));
    resultId = after.resultId;
    assert.deepEqual(keys(after.items), sorted(expected.filter((k) => k !== 'VENV101@3')));
  });

  test('Fix All in File gets one source.fixAll.venvlsp action with every safe fix', async () => {
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.venvlsp'], triggerKind: CodeActionTriggerKind.Invoked },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.venvlsp']);
    const change = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
    assert.ok(change && change.edits.length > 0, 'Fix All has no edits');
    const fixed = applyEdits(text, change.edits);
    assert.doesNotMatch(fixed, /extra-index-url/, 'the safe VENV106 fix is not in Fix All');
  });

  test('a setting changed in VS Code (VENV103 off) reaches the server without a restart', async () => {
    settings = vscodeSettings({ rules: { VENV103: 'off' } });
    const refreshed = session.nextRefresh();
    // What vscode-languageclient sends with synchronize.configurationSection = "venvlsp".
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { venvlsp: settings } });
    await withTimeout(refreshed, 10000, 'no workspace/diagnostic/refresh after the configuration change: VS Code would keep the old diagnostics');
    const report = full(await session.connection.sendRequest(DocumentDiagnosticRequest.type, { identifier: 'venvlsp', textDocument: { uri }, previousResultId: resultId }));
    assert.deepEqual(keys(report.items), sorted(expected.filter((k) => k !== 'VENV101@3' && !k.startsWith('VENV103'))));
  });
});

describe('the server for a client without pull diagnostics (push)', () => {
  test('publishes the example diagnostics with the document version, and again after a configuration change', async () => {
    const workspace = copyExamples();
    let settings = vscodeSettings();
    const session = await startSession(workspace, false, () => settings);
    try {
      assert.equal(session.initializeResult.capabilities.diagnosticProvider ?? undefined, undefined, 'pull offered to a client that cannot pull');
      const file = path.join(workspace, 'aigfs.v1.0.0', 'requirements.txt');
      const uri = uriOf(file);
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'pip-requirements', version: 7, text: fs.readFileSync(file, 'utf8') },
      });
      const published = await session.waitForPublish(uri, (p) => p.version === 7 && p.diagnostics.length > 0);
      assert.deepEqual(keys(published.diagnostics), sorted(expected));

      settings = vscodeSettings({ rules: { VENV103: 'off' } });
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { venvlsp: settings } });
      const again = await session.waitForPublish(uri, (p) => !keys(p.diagnostics).some((k) => k.startsWith('VENV103')));
      assert.deepEqual(keys(again.diagnostics), sorted(expected.filter((k) => !k.startsWith('VENV103'))));
    } finally {
      assert.equal(await session.close(), 0);
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
