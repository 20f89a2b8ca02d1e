/** Ends the jest run with one plain line, "N passed, N failed", that CI can read. */
export default class SummaryReporter {
  onRunComplete(
    _contexts: unknown,
    results: { numPassedTests: number; numFailedTests: number; numPendingTests: number },
  ): void {
    console.log(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped`,
    );
  }
}
