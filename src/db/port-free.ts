import net from 'node:net';

/** Whether nothing listens on `port` of 127.0.0.1 right now (a restarted Neo4j can take it back). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
