@NullMarked
package studio.smartwork.portal.demo;

import org.jspecify.annotations.NullMarked;
