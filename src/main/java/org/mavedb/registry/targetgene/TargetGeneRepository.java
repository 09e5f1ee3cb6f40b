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
     * Target genes whose name, accession or organism starts with {@code :prefix}, as three ranges
     * of the V7 prefix indexes, each target gene once, with only the columns the name index holds
     * (so the name branch is an index-only scan). A single OR would leave PostgreSQL to choose
     * between sorting every match and walking the name index from its start.
     */
    private static final String MATCHING_PREFIX = """
            (select t.id, t.score_set_id, t.name from target_genes t where lower(t.name) collate "C" like lower(:prefix)
             union all
             select t.id, t.score_set_id, t.name from target_genes t where lower(t.accession) collate "C" like lower(:prefix)
                and not lower(t.name) collate "C" like lower(:prefix)
             union all
             select t.id, t.score_set_id, t.name from target_genes t where lower(t.organism) collate "C" like lower(:prefix)
                and not lower(t.name) collate "C" like lower(:prefix)
                and not coalesce(lower(t.accession) collate "C" like lower(:prefix), false)) t""";

    /**
     * How many target genes of lineage-resolved score sets match, and one page of them by name
     * (case-insensitively, then id). {@code text} matches the start of a name, accession or
     * organism, case-insensitively, with {@code %}, {@code _} and {@code \\} literal.
     */
    Page<TargetGene> search(String text, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = lineage.where();
        String targets = "target_genes t";
        if (text != null && !text.isBlank()) {
            targets = MATCHING_PREFIX;
            where.bind("prefix", SqlWhere.prefixPattern(text.strip()));
        }
        ListQuery<Long> query = new ListQuery<>("t.id", Long.class,
                targets + " join " + lineage.scoreSets() + " s on s.id = t.score_set_id", where,
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
