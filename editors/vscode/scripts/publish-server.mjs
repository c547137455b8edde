// Publishes the language server into server/ as a framework-dependent, platform-neutral build
// (venvlsp.dll, run with `dotnet`), so one .vsix serves every platform that has the .NET runtime.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const project = join(extension, '..', '..', 'src', 'VenvLsp');
const output = join(extension, 'server');

rmSync(output, { recursive: true, force: true });
const result = spawnSync('dotnet', [
  'publish', project,
  '--configuration', 'Release',
  '--output', output,
  '-p:UseAppHost=false',
  '--nologo', '--verbosity', 'quiet',
], { stdio: 'inherit' });
if (result.error) {
  console.error(`server: cannot run dotnet: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) process.exit(result.status ?? 1);
// Debug symbols and API docs are for developers, not for the .vsix (.vscodeignore cannot take them
// back out of a folder it includes).
for (const file of readdirSync(output)) {
  if (file.endsWith('.pdb') || file.endsWith('.xml')) rmSync(join(output, file));
}
console.log(`server: ${output}`);
