import neo4j from 'neo4j-driver';
import type { BookmarkManager } from 'neo4j-driver';

/**
 * The bookmarks of one API request, kept by the driver's own bookmark
 * manager. A client that wrote through one API process and reads through
 * another sends back the bookmark its write returned: every session of
 * this request then starts only once the database it runs on has that
 * write (in a cluster, a follower may lag the leader). A request that
 * writes hands the bookmark of its last write back to the client.
 *
 * A request that sent none reads in plain sessions, exactly as before
 * bookmarks existed: the manager is made only for a request that sent
 * bookmarks or writes.
 */
export class RequestBookmarks {
  private manager: BookmarkManager | undefined;
  private wrote = false;

  constructor(private readonly sent: readonly string[] = []) {
    if (sent.length > 0) this.manager = neo4j.bookmarkManager({ initialBookmarks: sent });
  }

  /** For a read session: the manager when there is a write to wait for, none otherwise. */
  get forRead(): BookmarkManager | undefined {
    return this.manager;
  }

  /** For a write session: always a manager, so the bookmark its commit returns is kept (and later reads wait for it). */
  forWrite(): BookmarkManager {
    this.wrote = true;
    this.manager ??= neo4j.bookmarkManager();
    return this.manager;
  }

  /**
   * What the client sends back to read this request's writes; null when it
   * wrote nothing (no write, or none committed: the manager still holds
   * just what was sent, which the client has already).
   */
  async afterWrites(): Promise<string[] | null> {
    if (!this.wrote || !this.manager) return null;
    const bookmarks = [...(await this.manager.getBookmarks())];
    const unchanged =
      bookmarks.length === this.sent.length && bookmarks.every((bookmark) => this.sent.includes(bookmark));
    return bookmarks.length > 0 && !unchanged ? bookmarks : null;
  }
}
