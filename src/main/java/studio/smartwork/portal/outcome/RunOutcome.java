package studio.smartwork.portal.outcome;

/** How one run of a live solution ended, as the automation reports it. */
public enum RunOutcome {
    SUCCEEDED,
    FAILED,
    /** The automation passed the case to a person; it counts as a run but not as a success. */
    HANDED_TO_HUMAN
}
