package org.mavedb.registry.problem;

import java.util.Optional;

/**
 * What no text the service takes may contain (API.md §6), decided once for every input path (JSON
 * strings and keys, CSV cells and headers, path and query parameters): U+0000, which PostgreSQL
 * cannot store in text, and unpaired UTF-16 surrogates, which have no UTF-8 form and would be stored
 * as '?' while the response echoed what was sent.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text cannot be taken, or empty when it can. */
    public static Optional<String> violation(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain U+0000 (NUL)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate");
            }
        }
        return Optional.empty();
    }

    /** The text, or a 400 naming the field. */
    public static String require(String field, String text) {
        if (text != null) {
            violation(text).ifPresent(message -> {
                throw ProblemException.invalid(field, message);
            });
        }
        return text;
    }
}
