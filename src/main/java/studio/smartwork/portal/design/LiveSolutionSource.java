package studio.smartwork.portal.design;

import java.util.List;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The live (and retired) solutions of a tenant, for outcome measurement. Implemented by
 * the design records feature; callers check tenant access (it runs in their scope).
 */
public interface LiveSolutionSource {

    List<LiveSolution> liveSolutions(TenantId tenant);

    /** The same solutions' live windows only, in the same order: cheap enough for every reported run. */
    List<LiveWindow> liveWindows(TenantId tenant);
}
