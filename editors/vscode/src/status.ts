// The status bar item: the server's state, and how many findings VenvLsp reports in the workspace.
import * as vscode from 'vscode';

type ServerState = 'starting' | 'ready' | 'error' | 'stopped';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('venvlsp.status', vscode.StatusBarAlignment.Left, 0);
  private state: ServerState = 'stopped';
  private problem = '';
  private readonly listener = vscode.languages.onDidChangeDiagnostics(() => this.render());

  constructor() {
    this.item.name = 'VenvLsp';
    this.item.command = 'venvlsp.showLogs';
    this.render();
    this.item.show();
  }

  set(state: ServerState, problem = ''): void {
    this.state = state;
    this.problem = problem;
    this.render();
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }

  private render(): void {
    const findings = countFindings();
    this.item.backgroundColor = this.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    switch (this.state) {
      case 'starting':
        this.item.text = '$(loading~spin) VenvLsp';
        this.item.tooltip = 'VenvLsp: starting the server';
        break;
      case 'ready':
        this.item.text = findings === 0 ? '$(check) VenvLsp' : `$(warning) VenvLsp ${findings}`;
        this.item.tooltip = `VenvLsp: ready, ${findings} finding${findings === 1 ? '' : 's'} in the workspace. Click for the logs.`;
        break;
      case 'error':
        this.item.text = '$(error) VenvLsp';
        this.item.tooltip = `VenvLsp: ${this.problem || 'the server stopped'}. Click for the logs.`;
        break;
      case 'stopped':
        this.item.text = '$(circle-slash) VenvLsp';
        this.item.tooltip = 'VenvLsp: the server is not running';
        break;
    }
  }
}

function countFindings(): number {
  let count = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) if (diagnostic.source === 'venvlsp') count++;
  }
  return count;
}
