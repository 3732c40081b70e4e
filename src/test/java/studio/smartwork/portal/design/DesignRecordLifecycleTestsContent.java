package studio.smartwork.portal.design;

/** A complete record content for tests of other features that need a record ready for review. */
public final class DesignRecordLifecycleTestsContent {

    private DesignRecordLifecycleTestsContent() {
    }

    public static DesignContent complete(String title) {
        return DesignRecordLifecycleTests.complete(title, "A problem worth solving");
    }
}
