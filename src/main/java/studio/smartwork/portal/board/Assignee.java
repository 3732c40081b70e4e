package studio.smartwork.portal.board;

/** Someone an action item can be given to: a client person or an assigned consultant. */
public record Assignee(long personId, String name, String side) {
}
