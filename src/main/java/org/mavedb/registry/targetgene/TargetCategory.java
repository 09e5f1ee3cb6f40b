package org.mavedb.registry.targetgene;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum TargetCategory {
    @JsonProperty("protein_coding") PROTEIN_CODING("protein_coding"),
    @JsonProperty("regulatory") REGULATORY("regulatory"),
    @JsonProperty("other_noncoding") OTHER_NONCODING("other_noncoding");

    private final String wireName;

    TargetCategory(String wireName) {
        this.wireName = wireName;
    }

    public static TargetCategory fromWireName(String value) {
        for (TargetCategory category : values()) {
            if (category.wireName.equals(value)) {
                return category;
            }
        }
        throw new IllegalArgumentException("Unknown target category " + value);
    }

    /** The name used in JSON and in the database. */
    @Override
    public String toString() {
        return wireName;
    }
}
