package studio.smartwork.portal.shell;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Predicate;
import studio.smartwork.portal.identity.Actor;

/**
 * A page outside any tenant, listed in the main navigation for the people it is for. Features
 * declare their pages as Spring beans; the main layout shows those the person may open.
 *
 * @param label the key of its name among the portal's texts
 * @param order position in the navigation, lower first
 */
public record PlatformPage(String label, String path, VaadinIcon icon, int order, Predicate<Actor> visibleTo) {

    public boolean isVisibleTo(Actor actor) {
        return visibleTo.test(actor);
    }
}
