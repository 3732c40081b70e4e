@NullMarked
package studio.smartwork.portal.audit.internal;

import org.jspecify.annotations.NullMarked;
