package dev.dovetail.bench.jdbi;

/**
 * A row of the batched query: a student's id and one of their classes.
 *
 * @param studentId the student
 * @param id the class's id
 * @param name the class's name
 */
public record Enrolment(Long studentId, Long id, String name) {}
