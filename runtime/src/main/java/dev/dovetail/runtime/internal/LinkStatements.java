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
  /** The order of each owner's targets in batched loading: the declared order, then the target's id. */
  public final String batchOrder;
  /** The declared order's keys, empty when the relationship declares none. */
  public final List<String> order;

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
    this.insert = d.insertIfAbsent(spec.joinTable(), List.of(spec.ownerColumn(), spec.targetColumn()),
        List.of(spec.ownerColumn(), spec.targetColumn()));
    this.deleteOne = "DELETE FROM " + joinTable + " WHERE " + owner + " = ? AND " + target + " = ?";
    this.clear = "DELETE FROM " + joinTable + " WHERE " + owner + " = ?";
    this.current = "SELECT " + target + " FROM " + joinTable + " WHERE " + owner + " = ?";
    this.openVerb = "open " + spec.name() + " of";
    this.shortName = spec.name().substring(spec.name().lastIndexOf('.') + 1);
    this.batchKey = RelationQuery.LINK + "." + owner;
    this.batchSelect = "SELECT " + batchKey + ", " + targetSql.targetColumns + " FROM " + from;
    List<String> batchKeys = new ArrayList<>(order);
    batchKeys.add(RelationQuery.TARGET + "." + targetId);
    this.batchOrder = DeclaredOrder.clause(batchKeys);
  }
}
