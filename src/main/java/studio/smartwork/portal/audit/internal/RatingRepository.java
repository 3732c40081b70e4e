package studio.smartwork.portal.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every finder takes the person: a person's ratings are only ever read as theirs. */
public interface RatingRepository extends JpaRepository<RatingEntity, Long> {

    List<RatingEntity> findByCampaignIdAndPersonId(long campaignId, long personId);

    Optional<RatingEntity> findByCampaignIdAndPersonIdAndTaskId(long campaignId, long personId, long taskId);
}
