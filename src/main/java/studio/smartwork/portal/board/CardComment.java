package studio.smartwork.portal.board;

import java.time.Instant;

/**
 * A comment in a card's thread as its reader sees it. {@code author} is the name to show: an
 * erased author's label once they are erased. {@code mayDelete} says whether the reader may
 * delete it: its author may, and the consultancy may delete any.
 */
public record CardComment(long id, String author, String body, Instant createdAt, boolean mayDelete) {
}
