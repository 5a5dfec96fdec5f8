package dev.dovetail;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database assigns this {@link Id} column's value (an identity column). {@code insert} returns a copy
 * of the entity carrying the assigned value; the column must be a boxed {@code Long} or {@code Integer}
 * so that an unsaved entity can say so with {@code null}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface GeneratedValue {}
