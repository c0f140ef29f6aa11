// A jest reporter: after every run, the slowest test files with their times, so each change sees its share of the
// test-time budget (the whole `npm test` must stay under about 10 minutes on two cores). Plain JavaScript: jest
// loads reporters itself, before any transform.
const path = require('node:path');

const SHOWN = 12;

class SlowestSuites {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const suites = results.testResults
      .map((r) => ({
        file: path.relative(this.rootDir, r.testFilePath),
        ms: r.perfStats.end - r.perfStats.start,
        tests: r.numPassingTests + r.numFailingTests,
      }))
      .sort((a, b) => b.ms - a.ms);
    if (suites.length === 0) return;
    const total = suites.reduce((sum, s) => sum + s.ms, 0);
    const lines = suites.slice(0, SHOWN).map((s) => `  ${(s.ms / 1000).toFixed(1).padStart(6)} s  ${String(s.tests).padStart(4)} tests  ${s.file}`);
    process.stdout.write(
      `\nSlowest test files (of ${suites.length}; ${(total / 1000).toFixed(0)} s summed over workers, ${((Date.now() - results.startTime) / 1000).toFixed(0)} s wall clock):\n${lines.join('\n')}\n`,
    );
  }
}

module.exports = SlowestSuites;
