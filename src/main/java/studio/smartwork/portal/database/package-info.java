@NullMarked
package studio.smartwork.portal.database;

import org.jspecify.annotations.NullMarked;
