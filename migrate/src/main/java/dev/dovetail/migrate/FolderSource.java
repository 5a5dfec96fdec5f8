package dev.dovetail.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Migrations in a folder of the file system. */
final class FolderSource implements MigrationSource {
  private final Path folder;

  FolderSource(Path folder) {
    this.folder = folder;
  }

  @Override
  public List<MigrationScript> migrations() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<MigrationScript> scripts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (MigrationScript.isMigrationName(name) && Files.isRegularFile(file)) {
          Path snapshot = folder.resolve(MigrationScript.snapshotName(name));
          scripts.add(MigrationScript.of(name, Files.readString(file, StandardCharsets.UTF_8),
              Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the migrations in " + folder, e);
    }
    return MigrationSource.sorted(scripts, describe());
  }

  @Override
  public String describe() {
    return "folder " + folder;
  }
}
