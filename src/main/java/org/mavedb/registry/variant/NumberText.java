package org.mavedb.registry.variant;

/**
 * A number of a further column exactly as it was written ({@code 1.50}, {@code 2e-05}): stored in
 * the {@code json} column as written and given back as written by a download.
 */
record NumberText(String text) {

    @Override
    public String toString() {
        return text;
    }
}
