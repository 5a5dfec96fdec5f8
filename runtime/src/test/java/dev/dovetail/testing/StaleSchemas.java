package dev.dovetail.testing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the test schemas (PostgreSQL), databases (MariaDB) and files (SQLite) that a run killed before it could
 * clean up left behind. One is stale when its name says it was made more than {@value #MAX_AGE_HOURS} hours
 * ago: no test class runs that long, so a run going on beside this one never loses its own.
 */
final class StaleSchemas {
  static final int MAX_AGE_HOURS = 6;
  private static final Pattern NAME = Pattern.compile("dv_(\\d+)_[0-9a-f]+");
  private static boolean done;
  private static boolean doneDatabases;
  private static boolean doneFiles;

  private StaleSchemas() {}

  private static boolean stale(String name) {
    Matcher m = NAME.matcher(name);
    return m.matches() && Long.parseLong(m.group(1)) < System.currentTimeMillis() / 1000 - MAX_AGE_HOURS * 3600L;
  }

  /** Drops the stale databases of a MariaDB server, once per JVM. */
  static synchronized void dropDatabases(Connection c) {
    if (doneDatabases) {
      return;
    }
    doneDatabases = true;
    List<String> stale = new ArrayList<>();
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SHOW DATABASES LIKE 'dv\\_%'")) {
        while (rs.next()) {
          if (stale(rs.getString(1))) {
            stale.add(rs.getString(1));
          }
        }
      }
      for (String database : stale) {
        st.execute("DROP DATABASE IF EXISTS " + database);
      }
    } catch (SQLException e) {
      System.err.println("[dovetail tests] could not drop stale test databases " + stale + ": " + e.getMessage());
    }
  }

  /** Deletes the stale SQLite files ({@code dv_<seconds>_<random>.db} and journals) of a folder, once per JVM. */
  static synchronized void deleteFiles(Path folder) {
    if (doneFiles) {
      return;
    }
    doneFiles = true;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "dv_*.db*")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (stale(name.substring(0, name.indexOf(".db")))) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      System.err.println("[dovetail tests] could not delete stale test files in " + folder + ": " + e.getMessage());
    }
  }

  /** Drops the stale schemas, once per JVM; a failure only means they stay for the next run. */
  static synchronized void drop(Connection c) {
    if (done) {
      return;
    }
    done = true;
    long cutoff = System.currentTimeMillis() / 1000 - MAX_AGE_HOURS * 3600L;
    List<String> stale = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'dv\\_%'"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Matcher m = NAME.matcher(rs.getString(1));
        if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
          stale.add(m.group());
        }
      }
      try (Statement st = c.createStatement()) {
        for (String schema : stale) {
          st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    } catch (SQLException e) {
      System.err.println("[dovetail tests] could not drop stale test schemas " + stale + ": " + e.getMessage());
    }
  }
}
