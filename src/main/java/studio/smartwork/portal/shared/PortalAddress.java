package studio.smartwork.portal.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where people reach the portal (PORTAL_URL): the links in its e-mails are built from it. */
@Component
public class PortalAddress {

    private final String base;

    public PortalAddress(@Value("${portal.url}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /** The absolute address of a path of the portal, e.g. {@code welcome/…}. */
    public String link(String path) {
        return base + "/" + path.replaceAll("^/+", "");
    }
}
