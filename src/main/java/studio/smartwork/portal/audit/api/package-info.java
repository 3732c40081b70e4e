/**
 * The time audit's part of the HTTP API ({@code /api/v1}): a campaign's analysis with exactly
 * the figures of its CSV export, and time entries sent in batches under the CSV import's rules.
 */
@NullMarked
package studio.smartwork.portal.audit.api;

import org.jspecify.annotations.NullMarked;
