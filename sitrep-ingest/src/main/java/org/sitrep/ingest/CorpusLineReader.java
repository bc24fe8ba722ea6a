package org.sitrep.ingest;

/**
 * Reads one line of a JSON Lines corpus on its own, exactly as {@link ReportReader} reads it within
 * its file, for engines that split a corpus into lines themselves (the Spark job). The caller
 * names the line and gives the id a line without {@code "id"} takes ("stem-lineNumber" in a file).
 */
public final class CorpusLineReader {
    private final JsonlReader jsonl;

    public CorpusLineReader(ReadOptions options) {
        this.jsonl = new JsonlReader(new WebTextReader(new ArticleBuilder(options.boilerplate())));
    }

    /**
     * @param input     names the line in results, e.g. "corpus.jsonl:12"
     * @param defaultId the report id when the line has no "id"
     */
    public ReadResult read(String input, String defaultId, String line) {
        return jsonl.readLine(input, defaultId, line);
    }
}
