package dev.dovetail.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Migrations at a classpath location. Class loaders cannot list a location, so each root the loader has
 * for it is listed as what it is: a folder ({@code file:} URL) or a jar entry ({@code jar:} URL).
 */
final class ClasspathSource implements MigrationSource {
  private final String location;
  private final ClassLoader loader;

  ClasspathSource(String location, ClassLoader loader) {
    this.location = location.replaceAll("^/+|/+$", "");
    this.loader = loader;
  }

  @Override
  public List<MigrationScript> migrations() {
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> roots = loader.getResources(location);
      while (roots.hasMoreElements()) {
        names.addAll(list(roots.nextElement()));
      }
      List<MigrationScript> scripts = new ArrayList<>();
      for (String name : names) {
        if (MigrationScript.isMigrationName(name)) {
          scripts.add(MigrationScript.of(name, read(name), read(MigrationScript.snapshotName(name))));
        }
      }
      return MigrationSource.sorted(scripts, describe());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the migrations at " + describe(), e);
    }
  }

  private List<String> list(URL root) throws IOException {
    List<String> names = new ArrayList<>();
    switch (root.getProtocol()) {
      case "file" -> {
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
          files.filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
        } catch (URISyntaxException e) {
          throw new IOException("not a file location: " + root, e);
        }
      }
      case "jar" -> {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          String prefix = location + "/";
          for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            String n = entry.getName();
            if (n.startsWith(prefix) && !entry.isDirectory() && n.indexOf('/', prefix.length()) < 0) {
              names.add(n.substring(prefix.length()));
            }
          }
        }
      }
      default -> throw new MigrationException("cannot list the migrations at " + root + ": only folders and jars "
          + "can be listed; use MigrationSource.folder(...) for this location");
    }
    return names;
  }

  private String read(String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(location + "/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public String describe() {
    return "classpath location " + location;
  }
}
