/**
 * The executives' weekly digest: Monday from 8:00 tenant time, what the outcome, design and audit
 * features show them, by mail. Above those features, so none of them depends on it.
 */
@NullMarked
package studio.smartwork.portal.digest;

import org.jspecify.annotations.NullMarked;
