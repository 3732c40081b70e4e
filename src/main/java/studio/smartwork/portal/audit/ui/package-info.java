@NullMarked
package studio.smartwork.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
