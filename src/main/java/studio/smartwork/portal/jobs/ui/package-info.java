@NullMarked
package studio.smartwork.portal.jobs.ui;

import org.jspecify.annotations.NullMarked;
