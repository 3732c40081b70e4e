package studio.smartwork.portal.audit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The loaded hourly cost of a person's time at the moment it is logged: their team's, else the tenant's default. */
public record LoggedCost(@Nullable Long teamId, BigDecimal hourlyCost) {
}
