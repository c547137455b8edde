// Copies the JSON Schema of venvlsp.json from the engine into the extension, so the one in the
// .vsix (registered by contributes.jsonValidation) is always the engine's own, never a hand copy.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(extension, '..', '..', 'src', 'VenvLsp.Core', 'Configuration', 'venvlsp.schema.json');
const target = join(extension, 'schemas', 'venvlsp.schema.json');

mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`schema: ${target}`);
