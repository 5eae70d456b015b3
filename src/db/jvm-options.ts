// Neo4j reaches into JDK internals that Java 17 closes by default: every JVM
// that runs Neo4j code (the embedded launcher, the bulk importer) opens them.
export const NEO4J_ADD_OPENS: readonly string[] = [
  'java.base/java.lang',
  'java.base/java.nio',
  'java.base/java.io',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/sun.nio.ch',
].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`);
