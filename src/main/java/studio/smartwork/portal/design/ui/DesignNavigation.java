package studio.smartwork.portal.design.ui;

import studio.smartwork.portal.shell.ShellNavigation;

/** Addresses of design record pages. */
public final class DesignNavigation {

    private DesignNavigation() {
    }

    public static String listPath(String slug) {
        return ShellNavigation.tenantPath(slug) + "/designs";
    }

    public static String recordPath(String slug, int number) {
        return listPath(slug) + "/" + number;
    }

    public static String editPath(String slug, int number) {
        return recordPath(slug, number) + "/edit";
    }
}
