// Finds the server to start. Knows nothing of VS Code, so the Node tests can run it as it is.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** How to start the server, and where it was found (for the log and error messages). */
export interface ServerCommand {
  command: string;
  args: string[];
  origin: 'setting' | 'bundled' | 'path';
}

/** Why no server could be found: shown to the user with an "Open settings" button. */
export class ServerNotFound extends Error {}

export interface Environment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isFile(file: string): boolean;
}

export const processEnvironment: Environment = {
  platform: process.platform,
  env: process.env,
  isFile: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
};

/**
 * The `venvlsp.server.path` setting, else the server bundled in the extension's `server/` folder
 * (a framework-dependent build, run with `dotnet`), else `venvlsp` on PATH.
 * Throws {@link ServerNotFound} with a message that says what to do.
 */
export function resolveServer(extensionPath: string, configuredPath: string, environment: Environment = processEnvironment): ServerCommand {
  const configured = expandHome(configuredPath.trim(), environment);
  if (configured.length > 0) {
    if (!environment.isFile(configured)) {
      throw new ServerNotFound(`The setting venvlsp.server.path names ${configured}, which is not a file.`);
    }
    return withRunner(configured, 'setting', environment);
  }
  const bundled = path.join(extensionPath, 'server', 'venvlsp.dll');
  if (environment.isFile(bundled)) return withRunner(bundled, 'bundled', environment);
  const onPath = findOnPath(environment.platform === 'win32' ? 'venvlsp.exe' : 'venvlsp', environment);
  if (onPath !== undefined) return { command: onPath, args: [], origin: 'path' };
  throw new ServerNotFound(
    'VenvLsp cannot find its server: this extension has none bundled and there is no venvlsp on PATH. ' +
      'Install it (dotnet tool install --global venvlsp) or set venvlsp.server.path.',
  );
}

/** The arguments that start the server over stdio with the given log file and level. */
export function serveArguments(server: ServerCommand, logFile: string, logLevel: string): string[] {
  return [...server.args, 'serve', '--log-file', logFile, '--log-level', logLevel];
}

// A .dll is a framework-dependent build: it runs under the `dotnet` host, which must then exist.
function withRunner(file: string, origin: ServerCommand['origin'], environment: Environment): ServerCommand {
  if (!file.toLowerCase().endsWith('.dll')) return { command: file, args: [], origin };
  const dotnet = findDotnet(environment);
  if (dotnet === undefined) {
    throw new ServerNotFound(
      `The VenvLsp server ${file} needs the .NET 10 runtime, and no dotnet was found (on PATH or in DOTNET_ROOT). ` +
        'Install the runtime, or set venvlsp.server.path to a venvlsp executable.',
    );
  }
  return { command: dotnet, args: [file], origin };
}

function findDotnet(environment: Environment): string | undefined {
  const name = environment.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const root = environment.env['DOTNET_ROOT'];
  if (root !== undefined && root.length > 0 && environment.isFile(path.join(root, name))) return path.join(root, name);
  return findOnPath(name, environment);
}

function findOnPath(name: string, environment: Environment): string | undefined {
  const separator = environment.platform === 'win32' ? ';' : ':';
  for (const folder of (environment.env['PATH'] ?? '').split(separator)) {
    if (folder.length === 0) continue;
    const candidate = path.join(folder, name);
    if (environment.isFile(candidate)) return candidate;
  }
  return undefined;
}

function expandHome(file: string, environment: Environment): string {
  if (file !== '~' && !file.startsWith('~/')) return file;
  const home = environment.env['HOME'] ?? os.homedir();
  return path.join(home, file.slice(1));
}
