package org.mavedb.registry.targetgene;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum SequenceType {
    @JsonProperty("dna") DNA,
    @JsonProperty("protein") PROTEIN;

    /** The name used in JSON and in the database. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
