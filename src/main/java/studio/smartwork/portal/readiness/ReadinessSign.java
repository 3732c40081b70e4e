package studio.smartwork.portal.readiness;

/**
 * The six warning signs of "AI theatre" (see docs/product.md, "Readiness self-check"), in
 * the order they are asked.
 */
public enum ReadinessSign {
    TRAINING_WITHOUT_PROBLEMS("We train people on AI tools without concrete problems for them to solve"),
    ADOPTION_AS_LOGINS("We measure adoption in logins, prompts or seats used"),
    LICENCES_JUST_IN_CASE("We bought licences \"just in case\""),
    FORCED_USE_CASES("We look for use cases to justify a tool we already have"),
    SAVING_UNKNOWN("Nobody can say what AI saved us, in euros or hours"),
    MEETINGS_ABOUT_TOOLS("Our AI meetings are about tools, not about problems");

    private final String statement;

    ReadinessSign(String statement) {
        this.statement = statement;
    }

    public String statement() {
        return statement;
    }
}
