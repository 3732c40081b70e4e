@NullMarked
package studio.smartwork.portal.outcome.internal;

import org.jspecify.annotations.NullMarked;
