@NullMarked
package studio.smartwork.portal.security;

import org.jspecify.annotations.NullMarked;
