@NullMarked
package studio.smartwork.portal.mail.ui;

import org.jspecify.annotations.NullMarked;
