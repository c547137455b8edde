// The documents VS Code hands to the server. Languages catch files that other extensions name
// (python, shellscript); patterns catch VenvLsp's files whatever language they were given
// (a requirements file may be "plaintext" or "pip-requirements", a job card "ecflow" or "shellscript").
// The server decides from the path what each file is and ignores what it does not check.

/** One entry of a document selector (the shape vscode.DocumentFilter and the client take). */
export interface Filter {
  scheme: 'file';
  language?: string;
  pattern?: string;
}

export const languages = ['pip-requirements', 'ecflow', 'shellscript', 'python'];

export const patterns = [
  '**/venvlsp.json',
  '**/{requirements*.txt,*requirements*.in,constraints*.txt,*.txt.j2}',
  '**/versions/*.ver',
  '**/ecf/**',
  '**/jobs/J*',
  '**/.gitignore',
];

export const documentSelector: Filter[] = [
  ...languages.map((language): Filter => ({ scheme: 'file', language })),
  ...patterns.map((pattern): Filter => ({ scheme: 'file', pattern })),
];
