package org.mavedb.registry.target;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TargetGeneRepository implements PanacheRepository<TargetGene> {
}
