package dev.dovetail.processor.model;

/**
 * What a {@code @Query} or {@code @Update} method returns.
 *
 * @param shape how many rows, and how they are handed over
 * @param javaType the declared return type as source text, for messages
 * @param row what each row is read into; for an {@code @Update}, the count's type; null for {@code void}
 */
public record ResultModel(Shape shape, String javaType, RowModel row) {

  /** How rows are handed over. */
  public enum Shape {
    /** {@code List<T>}: every row. */
    LIST,
    /** {@code Optional<T>}: no row or one. */
    OPTIONAL,
    /** {@code T}: exactly one row; for an {@code @Update}, the count. */
    ONE,
    /** {@code Stream<T>}: read as consumed, closed by the caller. */
    STREAM,
    /** {@code void}. */
    VOID,
    /** Any other container ({@code Set<T>}, {@code List<? extends T>}, an array); the validator reports it. */
    UNSUPPORTED
  }
}
