// Which server the extension starts: the setting, else the bundled one, else the one on PATH.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Environment, resolveServer, serveArguments, ServerNotFound } from '../src/server';

function environment(files: string[], env: NodeJS.ProcessEnv = { PATH: '/usr/bin:/opt/tools/bin' }): Environment {
  return { platform: 'linux', env, isFile: (file) => files.includes(file) };
}

describe('resolveServer', () => {
  test('uses the configured executable first, even when a server is bundled', () => {
    const server = resolveServer('/ext', '/opt/venvlsp/venvlsp', environment(['/opt/venvlsp/venvlsp', '/ext/server/venvlsp.dll', '/usr/bin/dotnet']));
    assert.deepEqual(server, { command: '/opt/venvlsp/venvlsp', args: [], origin: 'setting' });
  });

  test('runs a configured .dll with dotnet from PATH', () => {
    const server = resolveServer('/ext', '/opt/venvlsp/venvlsp.dll', environment(['/opt/venvlsp/venvlsp.dll', '/usr/bin/dotnet']));
    assert.deepEqual(server, { command: '/usr/bin/dotnet', args: ['/opt/venvlsp/venvlsp.dll'], origin: 'setting' });
  });

  test('prefers dotnet in DOTNET_ROOT to the one on PATH', () => {
    const env = { PATH: '/usr/bin', DOTNET_ROOT: '/opt/dotnet' };
    const server = resolveServer('/ext', '', environment(['/ext/server/venvlsp.dll', '/usr/bin/dotnet', '/opt/dotnet/dotnet'], env));
    assert.deepEqual(server, { command: '/opt/dotnet/dotnet', args: ['/ext/server/venvlsp.dll'], origin: 'bundled' });
  });

  test('expands ~ in the setting', () => {
    const server = resolveServer('/ext', '~/bin/venvlsp', environment(['/home/me/bin/venvlsp'], { HOME: '/home/me', PATH: '' }));
    assert.equal(server.command, '/home/me/bin/venvlsp');
  });

  test('says which file is missing when the setting names none', () => {
    assert.throws(() => resolveServer('/ext', '/nowhere/venvlsp', environment(['/ext/server/venvlsp.dll', '/usr/bin/dotnet'])),
      (error: unknown) => error instanceof ServerNotFound && error.message.includes('/nowhere/venvlsp'));
  });

  test('falls back to venvlsp on PATH when nothing is bundled', () => {
    const server = resolveServer('/ext', '  ', environment(['/opt/tools/bin/venvlsp']));
    assert.deepEqual(server, { command: '/opt/tools/bin/venvlsp', args: [], origin: 'path' });
  });

  test('asks for the .NET runtime when the bundled server has no dotnet to run it', () => {
    assert.throws(() => resolveServer('/ext', '', environment(['/ext/server/venvlsp.dll'])),
      (error: unknown) => error instanceof ServerNotFound && error.message.includes('.NET 10 runtime'));
  });

  test('names both ways out when there is no server at all', () => {
    assert.throws(() => resolveServer('/ext', '', environment([])),
      (error: unknown) => error instanceof ServerNotFound && error.message.includes('venvlsp.server.path') && error.message.includes('PATH'));
  });

  test('serve arguments follow the runner arguments', () => {
    const args = serveArguments({ command: 'dotnet', args: ['/ext/server/venvlsp.dll'], origin: 'bundled' }, '/logs/venvlsp.log', 'debug');
    assert.deepEqual(args, ['/ext/server/venvlsp.dll', 'serve', '--log-file', '/logs/venvlsp.log', '--log-level', 'debug']);
  });
});
