/**
 * Webhooks (decision 0110): a client's endpoints, the events each follows, and signed calls
 * to them with retries through the job queue. Other features announce what happened as
 * application events; this feature listens and never the other way round.
 */
@NullMarked
package studio.smartwork.portal.webhooks;

import org.jspecify.annotations.NullMarked;
