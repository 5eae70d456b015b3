// Two workers share the suites: the run ends when the later of them is done.
// Jest orders by the durations of earlier runs, which a clean checkout does
// not have, and then by file size, which says little here (a short file may
// restart Neo4j five times). So the suites known to take longest start
// first, longest first, and the short ones fill in around them.
//
// One exception to longest first: the two slowest suites both spend much of
// their time waiting (on a killed or stalled Neo4j, on a JVM's start), and
// run side by side their waits leave the cores idle together. So the
// slowest waits beside the two heavy readers (their time is the shared
// test JVM planning queries), and the second slowest starts after them.
const Sequencer = require('@jest/test-sequencer').default;

// Seconds each took in a full run on the 2-core machine, for the order only.
const SLOWEST_FIRST = [
  'test/integration/hardening-faults.test.ts', // ~115: five Neo4j (re)starts and four bulk seeds, one after another
  'test/integration/prefetch.test.ts', // ~80: cold planning of large composed queries
  'test/integration/specialised-lists.test.ts', // ~75
  'test/integration/reliability.test.ts', // ~90: a stall, a killed JVM and its restart
  'test/integration/seed-cli.test.ts', // ~60
  'test/integration/seed-import.test.ts', // ~60
  'test/integration/hardening-annotations.test.ts', // ~35
  'test/integration/hardening-queries.test.ts', // ~35
  'test/integration/analytics-exports.test.ts', // ~20
  'test/integration/cli-direct-sync.test.ts', // ~20
  'test/integration/fuzz-inputs.test.ts', // ~20
  'test/integration/seeder-modes.test.ts', // ~20
  'test/integration/embedded-lifecycle.test.ts', // ~15
  'test/unit/list-queries.test.ts', // ~25: every variant of every list
];

class SlowestFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const index = SLOWEST_FIRST.findIndex((suffix) => test.path.endsWith(suffix));
      return index < 0 ? SLOWEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep jest's own order.
    return super.sort(tests).sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowestFirstSequencer;
