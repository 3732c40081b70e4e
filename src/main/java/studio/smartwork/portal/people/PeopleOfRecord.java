package studio.smartwork.portal.people;

import java.util.List;

/**
 * Where a feature's rows in a tenant say who did something: wrote a revision, decided, commented,
 * answered, was given an action item. Such people keep their name on the tenant's pages after they
 * have left it, so {@link PersonNames#displayNames} also names the people these columns hold.
 */
public interface PeopleOfRecord {

    /** The feature's columns that hold a person's id, each in a table with a {@code tenant_id}. */
    List<PersonColumn> personColumns();

    record PersonColumn(String table, String column) {

        public PersonColumn {
            // Written into SQL: only plain names, which the features declare in code.
            if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
                throw new IllegalArgumentException("Not a table or column name: " + table + "." + column);
            }
        }
    }
}
