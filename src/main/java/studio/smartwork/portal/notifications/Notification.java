package studio.smartwork.portal.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.shared.Message;

/** One notification as its person sees it under the bell. */
public record Notification(long id, NotificationKind kind, Message text, String link, Instant createdAt, @Nullable Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
