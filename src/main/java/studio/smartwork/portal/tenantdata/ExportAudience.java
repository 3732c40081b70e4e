package studio.smartwork.portal.tenantdata;

/**
 * Whom a tenant's data export is for, which decides what in it names a person. The
 * consultancy's administrators get everything, with each entry's person (they keep the data
 * on the client's behalf and answer people's requests about it). A client executive gets
 * everything the client owns without naming anyone's own entries, ratings or notes: the
 * audit was promised to staff as an audit without surveillance.
 */
public enum ExportAudience {
    ADMINISTRATOR,
    EXECUTIVE;

    public boolean seesWhoLoggedWhat() {
        return this == ADMINISTRATOR;
    }
}
