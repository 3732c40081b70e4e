package studio.smartwork.portal.tenantdata;


/**
 * A person being erased: the name and e-mail address to take out of every feature's rows,
 * and the label that stands in their place ("Former member 17").
 */
public record ErasedPerson(long personId, String name, String email, String label) {

    /** The name as a PostgreSQL regular expression matching it as whole words. */
    public String namePattern() {
        return "\\m" + quote(name) + "\\M";
    }

    /** The e-mail address as a PostgreSQL regular expression (matched without regard to case). */
    public String emailPattern() {
        return quote(email);
    }

    private static String quote(String text) {
        return text.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
    }

    public static String labelFor(long personId) {
        return "Former member " + personId;
    }
}
