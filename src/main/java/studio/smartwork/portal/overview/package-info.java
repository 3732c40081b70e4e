/**
 * Where people land: the page after sign-in (invitations waiting, the choice of tenant) and a
 * tenant's overview (its audit, its people, its readiness and what happened lately). It sits
 * above the other features and may use any of them; none of them uses it.
 */
@NullMarked
package studio.smartwork.portal.overview;

import org.jspecify.annotations.NullMarked;
