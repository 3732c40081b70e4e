@NullMarked
package studio.smartwork.portal.integrations;

import org.jspecify.annotations.NullMarked;
