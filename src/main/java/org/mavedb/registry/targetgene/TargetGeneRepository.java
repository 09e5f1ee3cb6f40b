package org.mavedb.registry.targetgene;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mavedb.registry.lineage.LineageFilter;
import org.mavedb.registry.query.BoundedCount;
import org.mavedb.registry.query.SqlWhere;
import org.mavedb.registry.query.Total;

@ApplicationScoped
public class TargetGeneRepository implements PanacheRepository<TargetGene> {

    private final BoundedCount totals;

    public TargetGeneRepository(BoundedCount totals) {
        this.totals = totals;
    }

    /** How many target genes of lineage-resolved score sets match, and one page of them by name. */
    SearchHits search(String text, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = lineage.where("s");
        if (text != null && !text.isBlank()) {
            where.and("t.name ilike :text or t.organism ilike :text or t.accession ilike :text",
                    "text", SqlWhere.containsPattern(text.strip()));
        }
        String from = " from target_genes t join score_sets s on s.id = t.score_set_id" + where;
        Total total = totals.count(getSession(), from, where);
        if (total.count() == 0) {
            return new SearchHits(Total.NONE, List.of());
        }
        List<Long> ids = where.bindTo(getSession().createNativeQuery("select t.id" + from + " order by t.name, t.id",
                Long.class)).setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<Long, TargetGene> byId = new HashMap<>();
        getEntityManager().createQuery("select t from TargetGene t join fetch t.scoreSet where t.id in :ids", TargetGene.class)
                .setParameter("ids", ids).getResultList().forEach(t -> byId.put(t.id, t));
        return new SearchHits(total, ids.stream().map(byId::get).toList());
    }

    record SearchHits(Total total, List<TargetGene> targets) {}
}
