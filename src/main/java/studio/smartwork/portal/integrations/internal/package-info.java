@NullMarked
package studio.smartwork.portal.integrations.internal;

import org.jspecify.annotations.NullMarked;
