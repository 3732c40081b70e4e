package studio.smartwork.portal.readiness;

/**
 * The six warning signs of "AI theatre" (see docs/product.md, "Readiness self-check"), in
 * the order they are asked.
 */
public enum ReadinessSign {
    TRAINING_WITHOUT_PROBLEMS("readiness.sign.training-without-problems"),
    ADOPTION_AS_LOGINS("readiness.sign.adoption-as-logins"),
    LICENCES_JUST_IN_CASE("readiness.sign.licences-just-in-case"),
    FORCED_USE_CASES("readiness.sign.forced-use-cases"),
    SAVING_UNKNOWN("readiness.sign.saving-unknown"),
    MEETINGS_ABOUT_TOOLS("readiness.sign.meetings-about-tools");

    private final String textKey;

    ReadinessSign(String textKey) {
        this.textKey = textKey;
    }

    /** The key of the statement an executive ticks when it is true of their company. */
    public String textKey() {
        return textKey;
    }
}
