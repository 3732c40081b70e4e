@NullMarked
package studio.smartwork.portal.design.ui;

import org.jspecify.annotations.NullMarked;
