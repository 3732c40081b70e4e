package studio.smartwork.portal.audit;

import java.util.Locale;

/** A consultant's rough estimate of the work to automate a candidate. */
public enum Effort {
    S,
    M,
    L,
    XL;

    /** The key of the estimate's words among the portal's texts ("audit.effort.m": "M · up to 1 week"). */
    public String textKey() {
        return "audit.effort." + name().toLowerCase(Locale.ROOT);
    }
}
