package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    static final String ARABIC = "قصفت القوات الحكومية بلدة كفرنبودة في ريف حماة الشمالي، وقتل ثلاثة مدنيين.";
    static final String FRENCH = "Les forces gouvernementales ont repris le village après des combats à l'est "
            + "d'Idlib, selon l'agence SANA. Très peu de détails ont été publiés.";

    @Test
    void readsUtf8Strictly() throws IngestException {
        TextDecoder.Decoded d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(ARABIC, d.text());
        assertTrue(d.isUtf8());
    }

    @Test
    void keepsTheByteOrderMarkAsACharacter() throws IngestException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
        assertEquals("\uFEFFHi", TextDecoder.decode(bom, null).text());
    }

    @Test
    void tellsArabicWindows1256FromLatin1() throws IngestException {
        Charset cp1256 = Charset.forName("windows-1256");
        TextDecoder.Decoded arabic = TextDecoder.decode(ARABIC.getBytes(cp1256), null);
        assertEquals(ARABIC, arabic.text());
        assertEquals(cp1256, arabic.charset());

        TextDecoder.Decoded latin = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals(FRENCH, latin.text());
        assertEquals("windows-1252", latin.charset().name());
    }

    /** Issue 18: one bad byte made the whole file Windows-1256, and every Arabic "ة" a "©". */
    @Test
    void utf8WithAFewBadBytesStaysUtf8AndNamesThem() throws IngestException {
        byte[] good = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        int at = 9; // after "قصفت " (four two-byte letters and a space)
        System.arraycopy(good, 0, bytes, 0, at);
        bytes[at] = (byte) 0xFF;
        System.arraycopy(good, at, bytes, at + 1, good.length - at);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
        assertTrue(d.isUtf8(), d.charset().name());
        assertEquals(ARABIC.substring(0, 5) + "\uFFFD" + ARABIC.substring(5), d.text());
        assertEquals(List.of(at), d.invalidBytes());
        assertFalse(d.text().contains("\u00A9"));
    }

    @Test
    void aFileThatIsNotUtf8AtAllIsStillTriedInOtherCharsets() throws IngestException {
        TextDecoder.Decoded latin = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals("windows-1252", latin.charset().name());
        assertEquals(List.of(), latin.invalidBytes());
    }

    @Test
    void followsACharsetThePageDeclares() throws IngestException {
        String page = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + ARABIC + "</p></body></html>";
        assertEquals(page, TextDecoder.decode(page.getBytes(Charset.forName("windows-1256")), null).text());
    }

    @Test
    void followsTheCharsetOfTheHttpHeader() throws IngestException {
        byte[] latin = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(FRENCH, TextDecoder.decode(latin, StandardCharsets.ISO_8859_1).text());
    }

    @Test
    void refusesEmptyAndBinaryContent() {
        assertEquals("empty file", assertThrows(IngestException.class,
                () -> TextDecoder.decode(new byte[0], null)).getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary content, not text", assertThrows(IngestException.class,
                () -> TextDecoder.decode(png, null)).getMessage());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x02);
        }
        assertThrows(IngestException.class, () -> TextDecoder.decode(controls, null));
    }
}
