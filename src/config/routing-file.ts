import { readFileSync } from 'node:fs';
import { parseRoutingConfig, type ParsedRouting } from '../domain/routing';

/**
 * Reads and checks the gemeente's routing file (JSON; the format is described in src/domain/routing.ts, a sample is
 * config/routing.example.json). Every problem is one line that starts with the path, ready to print at start-up;
 * nothing here throws.
 */
export function loadRoutingFile(path: string): ParsedRouting {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [`${path}: cannot read the routing file (${readProblem(error)})`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // editors on Windows like to start with a byte-order mark
  } catch (error) {
    return { ok: false, problems: [`${path}: not valid JSON: ${jsonProblem(error, text)}`] };
  }
  const parsed = parseRoutingConfig(json);
  return parsed.ok ? parsed : { ok: false, problems: parsed.problems.map((problem) => `${path}: ${problem}`) };
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  return oneLine(code ?? (error instanceof Error ? error.message : String(error)));
}

/** "Unexpected token } in JSON at position 43" → "… at line 4, column 1", which is what an editor shows. */
function jsonProblem(error: unknown, text: string): string {
  const message = oneLine(error instanceof Error ? error.message : String(error));
  return message.replace(/(?:in JSON )?at position (\d+)/, (_, position: string) => {
    const before = text
      .replace(/^\uFEFF/, '')
      .slice(0, Number(position))
      .split('\n');
    return `at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  });
}

/** V8 quotes a piece of the file in its message, newlines and all. */
const oneLine = (message: string) => {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};
