package peacegraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, reachable only through Bolt on 127.0.0.1.
 *
 * <p>Arguments: {@code <home directory> <bolt port> <page cache MiB>}, once per
 * store; each store announces itself ready on a line of its own, in order.
 *
 * <p>The Node process that starts this program owns it. It keeps our standard
 * input open for as long as it lives; when the input reaches end-of-file the
 * parent is gone (even after a SIGKILL, which runs no handler of its own), so
 * we shut the database down cleanly and exit. That is what keeps a crashed
 * parent from leaving an orphan JVM holding the store lock.
 */
public final class EmbeddedNeo4j {
  private static final String READY_LINE = "PEACEGRAPH_NEO4J_READY";

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args.length % 3 != 0) {
      System.err.println("usage: EmbeddedNeo4j <home> <bolt-port> <pagecache-mib> [<home> <bolt-port> <pagecache-mib> ...]");
      System.exit(2);
    }
    List<DatabaseManagementService> started = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable shutdown = () -> {
      try {
        synchronized (started) {
          for (DatabaseManagementService dbms : started) dbms.shutdown();
        }
      } finally {
        stopped.countDown();
      }
    };
    // SIGTERM and SIGINT run the shutdown hooks: close the stores cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (stopped.getCount() > 0) shutdown.run();
    }, "neo4j-shutdown"));

    // Several stores may share this JVM (the test run's stores do): each is
    // a database management service of its own, with its own files and Bolt
    // port, while the JVM's startup and its compiled code are paid once.
    for (int i = 0; i < args.length; i += 3) {
      Path home = Path.of(args[i]).toAbsolutePath();
      int port = Integer.parseInt(args[i + 1]);
      long pageCacheMiB = Long.parseLong(args[i + 2]);
      DatabaseManagementService dbms = start(home, port, pageCacheMiB);
      synchronized (started) {
        started.add(dbms);
      }
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
        System.err.println("Neo4j at " + home + " did not become available within 2 minutes");
        System.exit(1);
      }
      System.out.println(READY_LINE + " bolt://127.0.0.1:" + port);
      System.out.flush();
    }

    watchParent(System.in);
    System.exit(0);
  }

  private static DatabaseManagementService start(Path home, int port, long pageCacheMiB) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Bound to loopback only, so no password stands between the
        // project's own processes and the database.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        // One cached plan per query text. By default the plan cache also
        // keys a query by the size class of each string and list parameter
        // (up to 10, up to 100, ...), so the same composed query is
        // compiled again for a longer search word or a longer list of ids;
        // compiling our composed queries costs far more than running them.
        // The planner loses only its size hints for UNWIND and IN lists,
        // and the benchmark's warm figures did not move
        // (docs/performance.md, "one plan per query text").
        .setConfig(GraphDatabaseInternalSettings.cypher_size_hint_parameters, false)
        // Bolt otherwise waits 5 s for idle connections and 5 s more for
        // its thread pool on shutdown, after the stores are already
        // closed; our clients close their drivers first.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
  }

  /** Blocks until the parent closes our standard input (or dies). */
  private static void watchParent(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // The parent may write; only end-of-file means anything.
      }
    } catch (IOException ignored) {
      // A broken pipe means the same as end-of-file: the parent is gone.
    }
  }
}
