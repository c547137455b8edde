// The commands besides Restart Server: Fix All in File and Show Logs.
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('venvlsp');

/** Applies the server's `source.fixAll.venvlsp` action (every safe fix) to the active file. */
export async function fixAllInFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined) {
    void vscode.window.showInformationMessage('VenvLsp: open a file to fix.');
    return;
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider', document.uri, whole, fixAllKind.value);
  const fixAll = actions?.find((action) => action.kind !== undefined && fixAllKind.contains(action.kind));
  if (fixAll === undefined) {
    void vscode.window.showInformationMessage('VenvLsp: nothing to fix in this file.');
    return;
  }
  if (fixAll.edit !== undefined && !(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showWarningMessage('VenvLsp: the fixes could not be applied (the file changed meanwhile?).');
    return;
  }
  if (fixAll.command !== undefined) {
    await vscode.commands.executeCommand(fixAll.command.command, ...((fixAll.command.arguments ?? []) as unknown[]));
  }
}

/** Opens the server's log file; the output channel (client messages, traces) when there is none yet. */
export async function showLogs(logFile: string, output: vscode.OutputChannel): Promise<void> {
  if (fs.existsSync(logFile)) {
    await vscode.window.showTextDocument(vscode.Uri.file(logFile), { preview: false });
    return;
  }
  output.appendLine(`The server has not written its log ${logFile} yet.`);
  output.show(true);
}
