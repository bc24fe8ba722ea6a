package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --tiles}: a template that is not one is refused, in one line, before anything opens. */
class ServeTilesTest {
    @TempDir
    Path data;

    @Test
    void aTileTemplateWithoutItsPlaceholdersIsRefused() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--data",
                data.toString(), "--port", "0", "--tiles", "https://tiles.example.org/{z}/{x}.png");
        assertEquals(2, status, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("sitrep: serve: --tiles: a tile URL template needs {z}, {x} and {y}"),
                err.toString());
        assertTrue(!Files.exists(data.resolve("sitrep.mv.db")), "no store was opened");
    }
}
