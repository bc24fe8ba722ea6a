package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where HTML pages keep their noise, their article and their metadata, read from the data files
 * {@code html-noise.txt}, {@code html-article.txt} and {@code html-meta.txt}.
 */
record HtmlRules(List<String> noise, List<String> article, List<MetaRule> meta) {
    /** One metadata rule: the field it fills and the selector of the element that holds it. */
    record MetaRule(String field, String selector) {
    }

    static HtmlRules defaults() {
        List<MetaRule> meta = new ArrayList<>();
        for (String rule : DataFiles.rules("html-meta.txt")) {
            String[] parts = rule.split("\\s+", 2);
            meta.add(new MetaRule(parts[0], parts[1]));
        }
        return new HtmlRules(DataFiles.rules("html-noise.txt"), DataFiles.rules("html-article.txt"), meta);
    }
}
