// Prints, after every run, which suites were skipped because their server was missing, so a green run cannot hide them.
const PREFIX = '[skipped: server missing]';

export default class SkippedServersReporter {
  onRunComplete(_contexts, results) {
    const skipped = new Set();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const title = test.ancestorTitles[0];
        if (test.status === 'pending' && title?.startsWith(PREFIX)) {
          skipped.add(title.slice(PREFIX.length).trim());
        }
      }
    }
    if (skipped.size === 0) return;
    const lines = [...skipped].map((title) => `  - ${title}`);
    process.stderr.write(
      `\n*** ${skipped.size} suite(s) SKIPPED because a server is missing (set its URL, or REQUIRE_SERVICES to make this fail):\n${lines.join('\n')}\n\n`,
    );
  }
}
