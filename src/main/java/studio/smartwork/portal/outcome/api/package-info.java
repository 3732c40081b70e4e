/**
 * The outcome part of the HTTP API ({@code /api/v1}): automations report their runs and KPI
 * values, and read the savings and their solutions' KPIs and alerts, with the dashboard's
 * figures. Each call acts through the key's tenant with the services the pages use.
 */
@NullMarked
package studio.smartwork.portal.outcome.api;

import org.jspecify.annotations.NullMarked;
