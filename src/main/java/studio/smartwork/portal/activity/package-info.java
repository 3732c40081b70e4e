@NullMarked
package studio.smartwork.portal.activity;

import org.jspecify.annotations.NullMarked;
