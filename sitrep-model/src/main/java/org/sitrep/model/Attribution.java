package org.sitrep.model;

/**
 * Who says an event happened, and how.
 *
 * @param source   the narrating outlet by default, else the source the text cites
 * @param modality one of {@link Modality}'s names in lower case
 */
public record Attribution(String source, String modality) {
    public static Attribution asserted(String source) {
        return new Attribution(source, Modality.ASSERTED.label());
    }
}
