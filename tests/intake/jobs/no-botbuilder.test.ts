import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from '../../helpers/bot-process';

/** Every module `entry` imports, directly or through our own modules, with what each imports from outside. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/g)].map((m) => m[1]!);
    graph.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const s of specifiers.filter((s) => s.startsWith('.'))) {
      const base = join(dirname(file), s);
      const target = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (target) visit(target);
    }
  };
  visit(entry);
  return graph;
}

describe("intake's background work", () => {
  it('reaches Teams through the toolkit’s plain interface: nothing it imports loads botbuilder', () => {
    const graph = importGraph(join(ROOT, 'src/intake/jobs/index.ts'));
    const offenders = [...graph].filter(([, external]) => external.some((s) => /^botbuilder|^botframework/.test(s))).map(([file]) => relative(ROOT, file));
    expect(offenders).toEqual([]);
    // The walk did reach the toolkit's types, so it would have seen them.
    expect([...graph.keys()].map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['src/toolkit/job-registry.ts', 'src/toolkit/proactive-sender.ts']));
  });
});
