@NullMarked
package studio.smartwork.portal.jobs.internal;

import org.jspecify.annotations.NullMarked;
