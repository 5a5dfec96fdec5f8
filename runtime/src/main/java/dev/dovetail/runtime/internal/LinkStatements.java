package dev.dovetail.runtime.internal;

import dev.dovetail.dialect.Dialect;
import dev.dovetail.runtime.RelationQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of one direction of a many-to-many relationship in one dialect, written once (see
 * {@link Statements}): what a handle runs when it is not filtered, ordered or paged, its writes, and the
 * query of batched loading.
 */
public final class LinkStatements {
  /** {@code classes t JOIN registrations j ON j.class_id = t.id}. */
  public final String from;
  /** {@code j.student_id = ?}. */
  public final String ownerCondition;
  /** {@code SELECT t.* FROM ... WHERE j.student_id = ? [ORDER BY declared]}: {@code all()} of a plain handle. */
  public final String selectAll;
  /** Insert-if-absent of one link. */
  public final String insert;
  /** Delete of one link. */
  public final String deleteOne;
  /** Delete of every link of one owner. */
  public final String clear;
  /** The target ids linked to one owner. */
  public final String current;
  /** {@code open Student.classes of}, for the message when the owner is unsaved. */
  public final String openVerb;
  /** {@code classes}, the relationship's name without its entity. */
  public final String shortName;
  /** Batched loading: {@code SELECT j.student_id, t.* FROM ...}, to which the keys' filter is added. */
  public final String batchSelect;
  /** The qualified owner column of the join table, which batched loading filters on. */
  public final String batchKey;
  /** The order of each owner's targets in batched loading: the declared order then the target's id, or none. */
  public final String batchOrder;
  /** The declared order's keys, empty when the relationship declares none. */
  public final List<String> order;
  /**
   * Batched loading where the dialect joins the keys as a table ({@link Dialect#keysTable}): the whole query,
   * keys first, then the join table by its owner column, then the targets by their id; else {@code null}.
   */
  public final String batchJoined;

  LinkStatements(Dialect d, ManyToManySpec<?, ?> spec) {
    String targetId = d.quote(spec.target().table().columns().get(spec.target().idColumns()[0]).name());
    String joinTable = d.quote(spec.joinTable());
    String owner = d.quote(spec.ownerColumn());
    String target = d.quote(spec.targetColumn());
    Statements targetSql = spec.target().statements(d);
    this.from = targetSql.targetFrom + " JOIN " + joinTable + " " + RelationQuery.LINK + " ON " + RelationQuery.LINK
        + "." + target + " = " + RelationQuery.TARGET + "." + targetId;
    this.ownerCondition = RelationQuery.LINK + "." + owner + " = ?";
    this.order = DeclaredOrder.keys(spec.order(), spec.target(), d);
    this.selectAll = "SELECT " + targetSql.targetColumns + " FROM " + from + " WHERE " + ownerCondition
        + DeclaredOrder.clause(order);
    List<String> link = List.of(spec.ownerColumn(), spec.targetColumn());
    this.insert = d.insertIfAbsent(spec.joinTable(), link, link);
    this.deleteOne = d.deleteByKey(spec.joinTable(), link);
    this.clear = "DELETE FROM " + joinTable + " WHERE " + owner + " = ?";
    this.current = "SELECT " + target + " FROM " + joinTable + " WHERE " + owner + " = ?";
    this.openVerb = "open " + spec.name() + " of";
    this.shortName = spec.name().substring(spec.name().lastIndexOf('.') + 1);
    this.batchKey = RelationQuery.LINK + "." + owner;
    // The join table first, filtered by the owners' keys, then each target by its id: the one good order whatever
    // the statistics; MariaDB is told to keep it, as with few owners and many targets it read every target.
    this.batchSelect = d.selectInJoinOrder() + batchKey + ", " + targetSql.targetColumns + " FROM " + joinTable + " "
        + RelationQuery.LINK + " JOIN " + targetSql.targetFrom + " ON " + RelationQuery.TARGET + "." + targetId
        + " = " + RelationQuery.LINK + "." + target;
    String keysTable = d.keysTable(spec.owner().type(spec.owner().idColumnsUnsafe()[0]));
    this.batchJoined = keysTable == null ? null
        : "SELECT " + batchKey + ", " + targetSql.targetColumns + " FROM " + keysTable + " " + BatchLoader.KEYS
            + " JOIN " + joinTable + " " + RelationQuery.LINK + " ON " + batchKey + " = " + BatchLoader.KEYS + ".k"
            + " JOIN " + targetSql.targetFrom + " ON " + RelationQuery.TARGET + "." + targetId + " = "
            + RelationQuery.LINK + "." + target;
    List<String> batchKeys = new ArrayList<>(order);
    if (!batchKeys.isEmpty()) {
      batchKeys.add(RelationQuery.TARGET + "." + targetId);
    }
    this.batchOrder = DeclaredOrder.clause(batchKeys);
  }
}
