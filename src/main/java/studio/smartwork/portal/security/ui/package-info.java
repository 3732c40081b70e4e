@NullMarked
package studio.smartwork.portal.security.ui;

import org.jspecify.annotations.NullMarked;
