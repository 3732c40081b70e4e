package studio.smartwork.portal.people;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A team of a tenant; its hourly cost, when set, is used instead of the tenant's default. */
public record Team(long id, String name, @Nullable BigDecimal hourlyCost, long memberCount) {
}
