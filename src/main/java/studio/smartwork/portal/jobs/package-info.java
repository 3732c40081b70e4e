/**
 * The portal's persistent job queue (db-scheduler on PostgreSQL, safe with several replicas):
 * mails, webhook deliveries and the tenants' scheduled work run through it. Administrators see
 * the jobs that failed and wait for another try, and can try one at once.
 */
@NullMarked
package studio.smartwork.portal.jobs;

import org.jspecify.annotations.NullMarked;
