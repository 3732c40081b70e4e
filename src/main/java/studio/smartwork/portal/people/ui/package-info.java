@NullMarked
package studio.smartwork.portal.people.ui;

import org.jspecify.annotations.NullMarked;
