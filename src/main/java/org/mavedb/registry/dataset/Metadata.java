package org.mavedb.registry.dataset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The editable, descriptive fields shared by experiments and score sets (and their licence), with their limits. */
public record Metadata(
        @NotBlank @Size(max = Limits.TITLE) String title,
        @NotBlank @Size(max = Limits.SHORT_DESCRIPTION) String shortDescription,
        @Size(max = Limits.LONG_TEXT) String abstractText,
        @Size(max = Limits.LONG_TEXT) String methodText,
        @NotNull @Size(max = Limits.KEYWORDS) List<@Valid @NotBlank @Size(max = Limits.KEYWORD) String> keywords,
        License license,
        @NotNull @Size(max = Limits.PUBLICATIONS) List<@Valid @NotNull PublicationIdentifier> publicationIdentifiers) {

    public Metadata {
        keywords = keywords == null ? List.of() : keywords;
        publicationIdentifiers = publicationIdentifiers == null ? List.of() : publicationIdentifiers;
    }

    public static Metadata of(Dataset dataset) {
        return new Metadata(dataset.title, dataset.shortDescription, dataset.abstractText, dataset.methodText,
                List.copyOf(dataset.keywords), dataset.license, List.copyOf(dataset.publicationIdentifiers));
    }

    public void applyTo(Dataset dataset) {
        dataset.title = title;
        dataset.shortDescription = shortDescription;
        dataset.abstractText = abstractText;
        dataset.methodText = methodText;
        dataset.keywords = new ArrayList<>(keywords);
        dataset.license = license;
        dataset.publicationIdentifiers = new ArrayList<>(publicationIdentifiers);
    }

    /** Maximum sizes, shared by validation and the OpenAPI document. */
    public static final class Limits {
        public static final int TITLE = 250;
        public static final int SHORT_DESCRIPTION = 1000;
        public static final int LONG_TEXT = 100_000;
        public static final int KEYWORDS = 50;
        public static final int KEYWORD = 100;
        public static final int PUBLICATIONS = 20;

        private Limits() {
        }
    }
}
