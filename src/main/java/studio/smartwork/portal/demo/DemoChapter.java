package studio.smartwork.portal.demo;

/**
 * One part of the demo story, run once after the tenants and people exist, in
 * {@link #order()} order. A chapter goes through the features' services as a demo person
 * would (see {@link DemoSeeding#as}), so the demo obeys the same rules as real use.
 */
public interface DemoChapter {

    int order();

    void write(DemoSeeding seeding);
}
