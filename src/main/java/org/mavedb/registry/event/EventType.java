package org.mavedb.registry.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** The domain events of API.md §4, plus the changes the contract names no event for. */
public enum EventType {
    USER_CREATED("user.created"),
    EXPERIMENT_CREATED("experiment.created"),
    EXPERIMENT_UPDATED("experiment.updated"),
    SCORE_SET_CREATED("score_set.created"),
    SCORE_SET_UPDATED("score_set.updated"),
    SCORE_SET_DELETED("score_set.deleted"),
    SCORE_SET_VARIANTS_UPLOADED("score_set.variants_uploaded"),
    SCORE_SET_COUNTS_UPLOADED("score_set.counts_uploaded"),
    SCORE_SET_PUBLISHED("score_set.published");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
