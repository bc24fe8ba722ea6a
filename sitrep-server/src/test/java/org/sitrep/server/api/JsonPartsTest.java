package org.sitrep.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPartsTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splicesItemsIntoTheEmptyArrayAndStreamsThemWhole() throws Exception {
        byte[] empty = utf8("{\"n\":2,\"items\":[]}");
        JsonParts doc = JsonParts.spliced(empty, empty.length - 2, List.of(utf8("{\"a\":1}"), utf8("{\"b\":2}")));
        String expected = "{\"n\":2,\"items\":[{\"a\":1},{\"b\":2}]}";
        assertEquals(expected, new String(doc.bytes(), StandardCharsets.UTF_8));

        // reads with a small buffer cross the parts' borders and end with -1
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[5];
        try (InputStream in = doc.stream()) {
            int first = in.read(buffer, 0, buffer.length);
            assertEquals(5, first, "a read fills the buffer across parts");
            out.write(buffer, 0, first);
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
                out.write(buffer, 0, n);
            }
            assertEquals(-1, in.read());
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertEquals("{\"items\":[]}", new String(JsonParts.spliced(utf8("{\"items\":[]}"), 10, List.of()).bytes(),
                StandardCharsets.UTF_8));
    }
}
