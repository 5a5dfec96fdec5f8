package dev.dovetail.it.navigation;

import dev.dovetail.Entity;
import dev.dovetail.GeneratedValue;
import dev.dovetail.Id;
import dev.dovetail.ManyToOne;

/** An address of an editor; an editor's addresses come by email, descending. */
@Entity(table = "mailboxes")
public record Mailbox(
    @Id @GeneratedValue Long id,
    String email,
    @ManyToOne(target = Editor.class, backref = "mailboxes", backrefOrderBy = {"email DESC", "id"}) Long editorId) {}
