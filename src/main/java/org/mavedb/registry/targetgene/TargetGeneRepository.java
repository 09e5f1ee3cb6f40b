package org.mavedb.registry.targetgene;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.query.ListQuery;
import org.mavedb.registry.query.Page;
import org.mavedb.registry.query.Pager;
import org.mavedb.registry.query.SqlWhere;

@ApplicationScoped
public class TargetGeneRepository implements PanacheRepository<TargetGene> {

    private final Pager pager;

    public TargetGeneRepository(Pager pager) {
        this.pager = pager;
    }

    /**
     * How many target genes of lineage-resolved score sets match, and one page of them by name
     * (case-insensitively, then id). {@code text} matches the start of a name, accession or organism,
     * case-insensitively; the V7 prefix indexes serve both the match and the order.
     */
    Page<TargetGene> search(String text, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = lineage.view().bindTo(new SqlWhere());
        if (text != null && !text.isBlank()) {
            where.and("lower(t.name) collate \"C\" like lower(:prefix) or lower(t.accession) collate \"C\" like lower(:prefix)"
                    + " or lower(t.organism) collate \"C\" like lower(:prefix)", "prefix", SqlWhere.prefixPattern(text.strip()));
        }
        ListQuery<Long> query = new ListQuery<>("t.id", Long.class,
                "target_genes t join " + lineage.scoreSets() + " s on s.id = t.score_set_id", where,
                "lower(t.name) collate \"C\", t.id");
        return pager.page(getSession(), query, limit, offset, this::loadInOrder);
    }

    /** The target genes with these ids, each with its score set, in the order given. */
    private List<TargetGene> loadInOrder(List<Long> ids) {
        Map<Long, TargetGene> byId = new HashMap<>();
        getEntityManager().createQuery("select t from TargetGene t join fetch t.scoreSet where t.id in :ids", TargetGene.class)
                .setParameter("ids", ids).getResultList().forEach(t -> byId.put(t.id, t));
        return ids.stream().map(byId::get).toList();
    }
}
