@NullMarked
package studio.smartwork.portal.integrations.ui;

import org.jspecify.annotations.NullMarked;
