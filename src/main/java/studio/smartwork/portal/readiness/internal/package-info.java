@NullMarked
package studio.smartwork.portal.readiness.internal;

import org.jspecify.annotations.NullMarked;
