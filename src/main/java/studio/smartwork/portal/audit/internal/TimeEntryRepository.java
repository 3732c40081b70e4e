package studio.smartwork.portal.audit.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every finder takes the person: a person's entries are only ever read as theirs. */
public interface TimeEntryRepository extends JpaRepository<TimeEntryEntity, Long> {

    List<TimeEntryEntity> findByCampaignIdAndPersonIdOrderByDateDescIdDesc(long campaignId, long personId);

    List<TimeEntryEntity> findByCampaignIdAndPersonIdAndDateBetween(long campaignId, long personId, LocalDate from, LocalDate to);

    List<TimeEntryEntity> findByCampaignIdAndPersonIdAndTaskIdAndDate(long campaignId, long personId, long taskId, LocalDate date);

    Optional<TimeEntryEntity> findByIdAndPersonId(long id, long personId);
}
