@NullMarked
package studio.smartwork.portal.mail;

import org.jspecify.annotations.NullMarked;
