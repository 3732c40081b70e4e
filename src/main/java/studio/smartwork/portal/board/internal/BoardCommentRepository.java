package studio.smartwork.portal.board.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BoardCommentRepository extends JpaRepository<BoardCommentEntity, Long> {

    List<BoardCommentEntity> findByTenantIdAndRecordNumberOrderByCreatedAtAscIdAsc(long tenantId, int recordNumber);

    List<BoardCommentEntity> findByTenantIdAndCandidateIdOrderByCreatedAtAscIdAsc(long tenantId, long candidateId);

    Optional<BoardCommentEntity> findByIdAndTenantId(long id, long tenantId);

    /** How many comments each card has: rows of (record number, candidate id, count), one of the first two set. */
    @Query("""
            select c.recordNumber, c.candidateId, count(c) from BoardCommentEntity c where c.tenantId = ?1
            group by c.recordNumber, c.candidateId""")
    List<Object[]> countByCard(long tenantId);
}
