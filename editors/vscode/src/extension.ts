// The extension's entry point: starts the VenvLsp language server and registers the commands.
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { createClient, logFileOf, needsRestart } from './client';
import { fixAllInFile, showLogs } from './commands';
import { ServerNotFound } from './server';
import { StatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('VenvLsp');
  const status = new StatusItem();
  const restart = () => start(context, output, status);
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('venvlsp.restartServer', restart),
    vscode.commands.registerCommand('venvlsp.showLogs', () => showLogs(logFileOf(context), output)),
    vscode.commands.registerCommand('venvlsp.fixAll', fixAllInFile),
    vscode.workspace.onDidChangeConfiguration((event) => (needsRestart(event) ? restart() : undefined)),
  );
  await start(context, output, status);
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}

/** Stops the running server, if any, and starts one from the current settings. */
async function start(context: vscode.ExtensionContext, output: vscode.OutputChannel, status: StatusItem): Promise<void> {
  await deactivate();
  status.set('starting');
  try {
    client = createClient(context, output);
    client.onDidChangeState(({ newState }) => status.set(newState === State.Running ? 'ready' : newState === State.Starting ? 'starting' : 'error'));
    await client.start();
    status.set('ready');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    output.appendLine(message);
    status.set('error', message);
    // Any failure to start (no server, a path that does not run, a crash at once) ends here.
    const open = 'Open settings';
    const choice = await vscode.window.showErrorMessage(
      error instanceof ServerNotFound ? message : `VenvLsp: the server could not be started: ${message}`, open, 'Show logs');
    if (choice === open) await vscode.commands.executeCommand('workbench.action.openSettings', 'venvlsp.server');
    else if (choice !== undefined) await vscode.commands.executeCommand('venvlsp.showLogs');
  }
}
