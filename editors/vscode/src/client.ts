// Builds the language client: which server to start, with which arguments, for which documents.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Executable, LanguageClient, LanguageClientOptions } from 'vscode-languageclient/node';
import { documentSelector } from './selector';
import { resolveServer, serveArguments } from './server';

/** The server's log file: the `venvlsp.logFile` setting, else one in the extension's log folder. */
export function logFileOf(context: vscode.ExtensionContext): string {
  const configured = vscode.workspace.getConfiguration('venvlsp').get<string>('logFile', '').trim();
  return configured.length > 0 ? configured : path.join(context.logUri.fsPath, 'venvlsp.log');
}

/** A client for the server the settings name; throws ServerNotFound when there is none. */
export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const settings = vscode.workspace.getConfiguration('venvlsp');
  const server = resolveServer(context.extensionPath, settings.get<string>('server.path', ''));
  const executable: Executable = {
    command: server.command,
    args: serveArguments(server, logFileOf(context), settings.get<string>('logLevel', 'information')),
  };
  output.appendLine(`Starting the ${server.origin} server: ${executable.command} ${executable.args?.join(' ') ?? ''}`);

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // The whole "venvlsp" section goes with every didChangeConfiguration, so a changed setting
    // reaches the server without a restart; the server also asks for it (workspace/configuration).
    synchronize: { configurationSection: 'venvlsp' },
    initializationOptions: plain(vscode.workspace.getConfiguration().get('venvlsp')),
    outputChannel: output,
  };
  return new LanguageClient('venvlsp', 'VenvLsp', { run: executable, debug: executable }, clientOptions);
}

/** Settings whose change needs a new server process (they are its command line). */
export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return ['venvlsp.server.path', 'venvlsp.logFile', 'venvlsp.logLevel'].some((key) => event.affectsConfiguration(key));
}

function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
