package dev.dovetail.processor.validation;

import static dev.dovetail.processor.validation.Sources.database;
import static dev.dovetail.processor.validation.Sources.type;

import javax.tools.JavaFileObject;

/**
 * The design's school and social examples, with every kind of relationship: a model that must pass every
 * rule without a warning.
 */
final class ValidModel {
  private ValidModel() {}

  static JavaFileObject[] sources() {
    return new JavaFileObject[] {
        type("Student",
            "@Entity(table = \"students\")",
            "@ManyToMany(name = \"classes\", target = Course.class, joinTable = \"registrations\",",
            "    joinColumn = \"student_id\", inverseJoinColumn = \"class_id\", backref = \"students\")",
            "public record Student(@Id @GeneratedValue Long id, String name) {}"),
        type("Course",
            "@Entity(table = \"classes\")",
            "public record Course(@Id @GeneratedValue Long id, String name) {}"),
        type("User",
            "@Entity(table = \"users\")",
            "@ManyToMany(name = \"followed\", target = User.class, joinTable = \"follows\",",
            "    joinColumn = \"follower_id\", inverseJoinColumn = \"followed_id\", backref = \"followers\")",
            "@ManyToMany(name = \"clubs\", target = Club.class, through = Membership.class,",
            "    joinColumn = \"member_id\", inverseJoinColumn = \"club_id\", backref = \"members\")",
            "public record User(@Id @GeneratedValue Long id, String username) {}"),
        type("Post",
            "@Entity(table = \"posts\")",
            "public record Post(@Id @GeneratedValue Long id, String body, java.time.Instant postedAt,",
            "    @ManyToOne(target = User.class, backref = \"posts\", onDelete = OnDelete.CASCADE) long authorId) {}"),
        type("Club",
            "@Entity(table = \"clubs\")",
            "public record Club(@Id java.util.UUID id, String title) {}"),
        type("Membership",
            "@Entity(table = \"memberships\")",
            "public record Membership(@Id @GeneratedValue Long id,",
            "    @ManyToOne(target = User.class, backref = \"memberships\") Long memberId,",
            "    @ManyToOne(target = Club.class, backref = \"memberships\", onDelete = OnDelete.SET_NULL)",
            "    java.util.UUID clubId,",
            "    java.time.LocalDate since) {}"),
        database("Social", "Student", "Course", "User", "Post", "Club", "Membership")
    };
  }
}
