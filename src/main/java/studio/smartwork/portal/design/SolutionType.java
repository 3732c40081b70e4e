package studio.smartwork.portal.design;

public enum SolutionType {
    VOICE_AGENT("Voice agent"),
    LEAD_QUALIFICATION("Lead qualification"),
    INBOX_TRIAGE("Inbox triage"),
    DOCUMENT_PROCESSING("Document processing"),
    REPORTING("Reporting"),
    DATA_ENTRY("Data entry"),
    SCHEDULING("Scheduling"),
    OTHER("Other");

    private final String label;

    SolutionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
