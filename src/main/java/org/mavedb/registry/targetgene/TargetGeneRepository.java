package org.mavedb.registry.targetgene;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
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
     * of the prefix indexes (V7, V10), each target gene once, with only the columns the name index holds
     * (so the name branch is an index-only scan). A single OR would leave PostgreSQL to choose
     * between sorting every match and walking the name index from its start. Each branch yields
     * the page's sort key ({@code name_key}); for a page, each is ordered by it ({@code %1$s}:
     * {@link #BRANCH_ORDER}). PostgreSQL plans a branch with a WHERE clause as a subquery of its
     * own, which keeps its index order only when asked for it, and with every branch ordered it
     * merges them and stops after a page instead of sorting every match of a broad prefix (at a
     * million score sets, "GENE17": 10 ms instead of 1.1 s). A count needs no order, and the
     * accession and organism branches would have to sort theirs. Each branch reads the lineage
     * view's target genes ({@code %2$s}: {@link LineageFilter#targetGenes()}), whose copies of their
     * score set's state the name index includes, so no branch probes score_sets (V10).
     */
    private static final String MATCHING_PREFIX = """
            ((select t.id, lower(t.name) collate "C" as name_key from %2$s t
               where lower(t.name) collate "C" like lower(:prefix)%1$s)
             union all
             (select t.id, lower(t.name) collate "C" from %2$s t
               where lower(t.accession) collate "C" like lower(:prefix) and not lower(t.name) collate "C" like lower(:prefix)%1$s)
             union all
             (select t.id, lower(t.name) collate "C" from %2$s t
               where lower(t.organism) collate "C" like lower(:prefix) and not lower(t.name) collate "C" like lower(:prefix)
                 and not coalesce(lower(t.accession) collate "C" like lower(:prefix), false)%1$s)) t""";

    private static final String BRANCH_ORDER = " order by 2, 1";

    /** Every target gene of the lineage view ({@code %s}), with the sort key of {@link #MATCHING_PREFIX}. */
    private static final String ALL = "(select t.id, lower(t.name) collate \"C\" as name_key from %s t) t";

    /**
     * How many target genes of lineage-resolved score sets match, and one page of them by name
     * (case-insensitively, then id). {@code text} matches the start of a name, accession or
     * organism, case-insensitively, with {@code %}, {@code _} and {@code \\} literal.
     */
    Page<TargetGene> search(String text, LineageFilter lineage, int limit, int offset) {
        SqlWhere where = lineage.where();
        String targetGenes = lineage.targetGenes();
        String pageTargets = ALL.formatted(targetGenes);
        String countTargets = pageTargets;
        if (text != null && !text.isBlank()) {
            pageTargets = MATCHING_PREFIX.formatted(BRANCH_ORDER, targetGenes);
            countTargets = MATCHING_PREFIX.formatted("", targetGenes);
            where.bind("prefix", SqlWhere.prefixPattern(text.strip()));
        }
        ListQuery<Long> query = new ListQuery<>("t.id", Long.class, pageTargets, countTargets, where, "t.name_key, t.id");
        return pager.page(getSession(), query, limit, offset, this::loadInOrder);
    }

    /** The target genes with these ids, each with its score set, in the order given; read only (representations only). */
    private List<TargetGene> loadInOrder(List<Long> ids) {
        Map<Long, TargetGene> byId = new HashMap<>();
        getEntityManager().createQuery("select t from TargetGene t join fetch t.scoreSet where t.id in :ids", TargetGene.class)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList()
                .forEach(t -> byId.put(t.id, t));
        return ids.stream().map(byId::get).toList();
    }
}
