/**
 * The administrators' pages for the consultancy's clients: the list of client tenants, creating
 * and changing one, archiving it, and assigning its consultants. The register of tenants itself
 * is the {@code tenant} feature, which every other feature uses; these pages sit above it and
 * the people feature, so that neither of those depends on a page.
 */
@NullMarked
package studio.smartwork.portal.clients;

import org.jspecify.annotations.NullMarked;
