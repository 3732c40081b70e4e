package studio.smartwork.portal.design;

import java.util.Locale;

public enum SolutionType {
    VOICE_AGENT,
    LEAD_QUALIFICATION,
    INBOX_TRIAGE,
    DOCUMENT_PROCESSING,
    REPORTING,
    DATA_ENTRY,
    SCHEDULING,
    OTHER;

    /** The key of the type's name in the portal's texts: "design.solution-type.voice-agent". */
    public String textKey() {
        return "design.solution-type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
