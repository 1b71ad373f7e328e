// Ends every run with the suites skipped for a missing server, so a green run cannot hide them, and one plain closing line.
const PREFIX = '[skipped: server missing]';

export default class RunSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = new Set();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const title = test.ancestorTitles[0];
        if (test.status === 'pending' && title?.startsWith(PREFIX)) skipped.add(title.slice(PREFIX.length).trim());
      }
    }
    if (skipped.size > 0) {
      const lines = [...skipped].map((title) => `  - ${title}`);
      process.stderr.write(
        `\n*** ${skipped.size} suite(s) SKIPPED because a server is missing (set its URL, or REQUIRE_SERVICES to make this fail):\n${lines.join('\n')}\n`,
      );
    }
    process.stderr.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`);
  }
}
