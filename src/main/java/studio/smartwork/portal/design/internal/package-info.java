@NullMarked
package studio.smartwork.portal.design.internal;

import org.jspecify.annotations.NullMarked;
