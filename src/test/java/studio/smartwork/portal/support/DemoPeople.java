package studio.smartwork.portal.support;

/** The demo people every test can rely on (seeded by the default profile). */
public final class DemoPeople {

    public static final String ADMIN = "admin@smartwork.studio";
    public static final String CARLA = "carla@smartwork.studio";
    public static final String TOM = "tom@smartwork.studio";
    public static final String EVA = "eva@acme.example";
    public static final String SAM = "sam@acme.example";
    public static final String LIA = "lia@acme.example";
    public static final String DAN = "dan@brightsmile.example";
    public static final String JOE = "joe@brightsmile.example";
    public static final String PASSWORD = "demo1234";

    private DemoPeople() {
    }
}
