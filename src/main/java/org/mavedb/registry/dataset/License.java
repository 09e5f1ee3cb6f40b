package org.mavedb.registry.dataset;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The licences experiments and score sets are published under, by SPDX identifier: MaveDB's set. */
@Schema(name = "License", description = "SPDX identifier of the licence the data are published under")
@RegisterForReflection
public enum License {
    @JsonProperty("CC0-1.0") CC0_1_0("CC0-1.0"),
    @JsonProperty("CC-BY-4.0") CC_BY_4_0("CC-BY-4.0"),
    @JsonProperty("CC-BY-SA-4.0") CC_BY_SA_4_0("CC-BY-SA-4.0"),
    @JsonProperty("CC-BY-NC-SA-4.0") CC_BY_NC_SA_4_0("CC-BY-NC-SA-4.0");

    private final String spdxId;

    License(String spdxId) {
        this.spdxId = spdxId;
    }

    /** The SPDX identifier, as in JSON and in the database. */
    @Override
    public String toString() {
        return spdxId;
    }

    @Converter
    public static class Column implements AttributeConverter<License, String> {
        @Override
        public String convertToDatabaseColumn(License license) {
            return license == null ? null : license.spdxId;
        }

        @Override
        public License convertToEntityAttribute(String value) {
            if (value == null) {
                return null;
            }
            for (License license : values()) {
                if (license.spdxId.equals(value)) {
                    return license;
                }
            }
            throw new IllegalStateException("Unknown licence in the database: " + value);
        }
    }

    /** The licence with this SPDX identifier, if it is one of the set. */
    public static java.util.Optional<License> bySpdxId(String spdxId) {
        return java.util.Arrays.stream(values()).filter(l -> l.spdxId.equals(spdxId)).findFirst();
    }
}
