/** The time audit: campaigns, the task catalogue, time entries and ratings, friction notes, the analysis and automation candidates. */
@NullMarked
package studio.smartwork.portal.audit;

import org.jspecify.annotations.NullMarked;
