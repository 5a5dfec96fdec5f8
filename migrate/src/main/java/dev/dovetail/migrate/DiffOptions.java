package dev.dovetail.migrate;

import java.util.Map;

/**
 * What {@link SchemaDiff} is told beyond the two schemas.
 *
 * @param renames the renamed tables and columns
 * @param backfills SQL values ({@code 'unknown'}, {@code 0}, {@code CURRENT_TIMESTAMP}) that existing rows get
 *     when a {@code NOT NULL} column is added or a column becomes {@code NOT NULL}, keyed {@code table.column};
 *     a column not named here gets its type's zero value
 * @param dropAndAdd whether a column (or table) that disappears while another of the same type appears is
 *     taken as a drop and an add, losing the data, rather than refused as a possible rename
 */
public record DiffOptions(RenameHints renames, Map<String, String> backfills, boolean dropAndAdd) {

  /** Copies the map. */
  public DiffOptions {
    backfills = Map.copyOf(backfills);
  }

  /** No hints, zero values, renames never assumed. */
  public static DiffOptions defaults() {
    return new DiffOptions(RenameHints.none(), Map.of(), false);
  }

  /** These options with {@code renames}. */
  public DiffOptions withRenames(RenameHints hints) {
    return new DiffOptions(hints, backfills, dropAndAdd);
  }

  /** These options with {@code backfills}. */
  public DiffOptions withBackfills(Map<String, String> values) {
    return new DiffOptions(renames, values, dropAndAdd);
  }

  /** These options with {@code dropAndAdd}. */
  public DiffOptions withDropAndAdd(boolean value) {
    return new DiffOptions(renames, backfills, value);
  }

  /** The backfill value of a column, or {@code null} for its type's zero value. */
  String backfill(String table, String column) {
    return backfills.get(table + "." + column);
  }
}
