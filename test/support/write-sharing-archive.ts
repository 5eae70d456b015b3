import { createLogger } from '../../src/logger';
import { SHARING_ARCHIVE, sharingOption, writeSharingArchive } from './class-sharing';

// `node dist/test/support/write-sharing-archive.js`: writes the JVMs'
// class-sharing archive before the tests (CI runs it beside the lint, on a
// core the lint leaves free), so the test run's global setup finds it ready
// and its two stores start with it (class-sharing.ts).
writeSharingArchive(createLogger(process.env.TEST_LOG_LEVEL ?? 'warn', 'class-sharing')).then(
  (options) => console.log(`class-sharing archive: ${options.includes(sharingOption()) ? SHARING_ARCHIVE : 'none'}`),
  (error: Error) => {
    console.error(`class-sharing archive not written: ${error.message}`);
    process.exitCode = 1;
  },
);
