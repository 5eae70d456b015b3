// Runs before each test file (jest `setupFiles`). Jest raises the depth of
// captured stack traces to 100 frames and maps every frame of every trace
// back to TypeScript through the source maps. Errors are common here, not
// exceptional: each GraphQL error, each refused input, and each query result
// of neo4j-driver capture a stack trace, and a fuzzing suite makes thousands;
// at 100 mapped frames each, that mapping was a sixth of a worker's CPU.
// Node's own default depth still shows where a failure came from.
Error.stackTraceLimit = 10;
