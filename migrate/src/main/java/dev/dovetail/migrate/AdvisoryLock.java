package dev.dovetail.migrate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * PostgreSQL's session advisory lock, keyed by the schema being migrated: taken with
 * {@code pg_try_advisory_lock} until a deadline, released by {@code pg_advisory_unlock}, and by PostgreSQL
 * itself when the session ends.
 */
final class AdvisoryLock implements MigrationLock {
  private final Handle handle;
  private final long key;

  private AdvisoryLock(Handle handle, long key) {
    this.handle = handle;
    this.key = key;
  }

  static AdvisoryLock acquire(Jdbi jdbi, Duration timeout) {
    Handle handle = jdbi.open();
    try {
      String schema = handle.createQuery("SELECT current_schema()").mapTo(String.class).one();
      long key = key(SchemaHistory.TABLE + ":" + schema);
      long start = System.nanoTime();
      long deadline = start + timeout.toNanos();
      while (!handle.createQuery("SELECT pg_try_advisory_lock(:key)").bind("key", key).mapTo(Boolean.class).one()) {
        if (System.nanoTime() >= deadline) {
          List<Integer> holders = handle.createQuery("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
                  + " AND ((classid::bigint << 32) | objid::bigint) = :key")
              .bind("key", key).mapTo(Integer.class).list();
          throw new MigrationException("waited " + seconds(System.nanoTime() - start) + " for the PostgreSQL "
              + "advisory lock " + key + " (Dovetail migrations of schema " + schema + "), held by "
              + (holders.isEmpty() ? "another session" : "the session with pid " + holders)
              + "; another migration is running, or stopped while holding its session open");
        }
        MigrationLock.pause();
      }
      return new AdvisoryLock(handle, key);
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
  }

  /** A stable 64-bit key from a name: the first eight bytes of its SHA-256. */
  static long key(String name) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (d[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  @Override
  public void close() {
    try {
      handle.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", key).mapTo(Boolean.class).one();
    } finally {
      handle.close();
    }
  }
}
