package studio.smartwork.portal.design;

import java.util.List;
import java.util.Optional;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Where design records find the automation candidates they are written for. Implemented
 * by the time audit; called inside the caller's tenant transaction or on its own.
 */
public interface CandidateSource {

    List<CandidateFacts> candidates(TenantId tenant);

    Optional<CandidateFacts> candidate(TenantId tenant, long candidateId);

    /** How many candidates the tenant has, without working out their figures (the portfolio counts them for each client). */
    int count(TenantId tenant);
}
