package studio.smartwork.portal.shared.ui;

/**
 * The browser tab's title of a page, in the reader's language: "Analysis · SmartWork Portal".
 * Pages implement {@code HasDynamicTitle} with it instead of a fixed {@code @PageTitle}, which
 * could only ever be in one language.
 */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(String key, Object... args) {
        return Texts.t("shared.page-title", Texts.t(key, args));
    }
}
