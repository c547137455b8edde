// A client session with the real server over stdio, on the protocol library VS Code's client is
// built on (vscode-languageserver-protocol / vscode-jsonrpc), answering the server's requests the
// way VS Code does. Used by server.test.ts.
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ClientCapabilities,
  ConfigurationParams,
  ConfigurationRequest,
  createProtocolConnection,
  DiagnosticRefreshRequest,
  ExitNotification,
  InitializeRequest,
  InitializeResult,
  InitializedNotification,
  LogMessageNotification,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';
import { resolveServer, serveArguments } from '../src/server';

/** The extension's folder (the tests run from out/test/). */
export const extensionRoot = path.resolve(__dirname, '..', '..');

/** What the VS Code client (vscode-languageclient 9) declares, copied from its feature classes. */
export function vscodeCapabilities(pull: boolean): ClientCapabilities {
  const capabilities: ClientCapabilities = {
    workspace: {
      applyEdit: true,
      workspaceEdit: {
        documentChanges: true,
        resourceOperations: ['create', 'rename', 'delete'],
        failureHandling: 'textOnlyTransactional',
        normalizesLineEndings: true,
        changeAnnotationSupport: { groupsOnLabel: true },
      },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      configuration: true,
      workspaceFolders: true,
      ...(pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: false,
        tagSupport: { valueSet: [1, 2] },
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      codeAction: {
        dynamicRegistration: true,
        isPreferredSupport: true,
        disabledSupport: true,
        dataSupport: true,
        resolveSupport: { properties: ['edit'] },
        codeActionLiteralSupport: {
          codeActionKind: {
            valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports'],
          },
        },
        honorsChangeAnnotations: false,
      },
      hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
      completion: {
        dynamicRegistration: true,
        contextSupport: true,
        completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true },
      },
      ...(pull ? { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } : {}),
    },
    window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } }, showDocument: { support: true } },
    general: {
      staleRequestSupport: { cancel: true, retryOnContentModified: [] },
      regularExpressions: { engine: 'ECMAScript', version: 'ES2020' },
      markdown: { parser: 'marked', version: '1.1.0' },
      positionEncodings: ['utf-16'],
    },
  };
  return capabilities;
}

/** The "venvlsp" section as VS Code hands it over: every setting of package.json, defaults included. */
export function vscodeSettings(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default: unknown }> } };
  };
  const section: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) {
    // "venvlsp.trace.server" becomes { trace: { server: ... } }, as WorkspaceConfiguration.get does.
    const parts = key.split('.').slice(1);
    let target = section;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts[parts.length - 1]] = property.default;
  }
  return { ...section, ...overrides };
}

/** Copies the repository's examples/ into a fresh temporary folder and returns that folder. */
export function copyExamples(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'venvlsp-vscode-'));
  fs.cpSync(path.join(extensionRoot, '..', '..', 'examples'), folder, { recursive: true });
  return folder;
}

export const uriOf = (file: string): string => pathToFileURL(file).href;

export interface Session {
  connection: ProtocolConnection;
  process: ChildProcess;
  initializeResult: InitializeResult;
  logFile: string;
  /** Every workspace/configuration request the server made. */
  configurationRequests: ConfigurationParams[];
  /** The latest publishDiagnostics per URI. */
  published: Map<string, PublishDiagnosticsParams>;
  /** Resolves on the next workspace/diagnostic/refresh request. */
  nextRefresh(): Promise<void>;
  /** Resolves when `predicate` holds for a publishDiagnostics of `uri` (already received or to come). */
  waitForPublish(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<number | null>;
}

/**
 * Starts the server the way the extension does (resolveServer + serveArguments: the setting, here
 * $VENVLSP_SERVER, else the server bundled in server/), initializes it like VS Code and sends
 * `initialized`. Server-to-client requests get VS Code's answers; `settings` is the configuration.
 */
export async function startSession(workspace: string, pull: boolean, settings: () => Record<string, unknown>): Promise<Session> {
  const server = resolveServer(extensionRoot, process.env['VENVLSP_SERVER'] ?? '');
  const logFile = path.join(workspace, 'venvlsp.log');
  const child = spawn(server.command, serveArguments(server, logFile, 'debug'), { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const configurationRequests: ConfigurationParams[] = [];
  const published = new Map<string, PublishDiagnosticsParams>();
  const publishWaiters: Array<() => void> = [];
  let refreshWaiters: Array<() => void> = [];

  connection.onRequest(ConfigurationRequest.type, (params) => {
    configurationRequests.push(params);
    return params.items.map((item) => (item.section === 'venvlsp' ? settings() : null));
  });
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest(UnregistrationRequest.type, () => undefined);
  connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => {
    const waiters = refreshWaiters;
    refreshWaiters = [];
    for (const resolve of waiters) resolve();
  });
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params);
    for (const wake of publishWaiters.splice(0)) wake();
  });
  connection.onNotification(LogMessageNotification.type, () => undefined);
  connection.onNotification(ShowMessageNotification.type, (params) => console.log(`showMessage: ${params.message}`));
  connection.listen();

  const initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    clientInfo: { name: 'Visual Studio Code', version: '1.82.0' },
    locale: 'en',
    rootPath: workspace,
    rootUri: uriOf(workspace),
    capabilities: vscodeCapabilities(pull),
    initializationOptions: settings(),
    trace: 'off',
    workspaceFolders: [{ uri: uriOf(workspace), name: path.basename(workspace) }],
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    process: child,
    initializeResult,
    logFile,
    configurationRequests,
    published,
    nextRefresh: () => new Promise<void>((resolve) => refreshWaiters.push(resolve)),
    waitForPublish: (uri, predicate, timeoutMs = 15000) =>
      new Promise<PublishDiagnosticsParams>((resolve, reject) => {
        const timer: NodeJS.Timeout = setTimeout(() => reject(new Error(`no matching publishDiagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(published.get(uri)?.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`))}`)), timeoutMs);
        const check = () => {
          const last = published.get(uri);
          if (last !== undefined && predicate(last)) {
            clearTimeout(timer);
            resolve(last);
          } else {
            publishWaiters.push(check);
          }
        };
        check();
      }),
    close: async () => {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000).unref())]);
      if (code === null) child.kill();
      connection.dispose();
      return code;
    },
  };
}
