package org.sitrep.ingest.regex;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexLengthTest {

    /** Each regex, its bound, and a text of exactly that length it matches whole: the bound is tight. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "abc; 3; abc",
            "a{2,5}; 5; aaaaa",
            "(ab|cde)?x; 4; cdex",
            ".{0,12}\\bfoo\\b; 15; twelve char foo",
            "(?i)ab; 2; AB",
            "(?i:ab)c; 3; ABc",
            "(?=ab)a\\w; 2; ab",
            "(?<!x)y; 1; y",
            "[a-z&&[^q]]{3}; 3; abc",
            "\\Qa.b\\E; 3; a.b",
            "\\u00A9c; 2; ©c",
            "\\p{L}{2}; 2; éa",
            "a{3}?; 3; aaa",
            "\\d{1,2} \\d{4}; 7; 12 2014",
            "(?<year>\\d{4})-\\d\\d; 7; 2014-05",
            "(?:share|tweet)( (this|the) (article|post))?; 18; tweet this article",
            "^donate\\b.{0,4}$; 10; donate now",
            "\\x41\\0101[\\]x]; 3; AA]",
            "[]x]{2}; 2; ]x",
    })
    void boundsAPatternByItsLongestMatch(String regex, int bound, String longest) {
        assertEquals(OptionalInt.of(bound), RegexLength.maxCodePoints(regex), regex);
        assertEquals(bound, longest.codePointCount(0, longest.length()), "the example is as long as the bound");
        assertTrue(Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(longest).matches(), regex);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "\\s*", "a+", "x{2,}", "\\d+ comments?", "(a)\\1", "(?<w>a)\\k<w>", "(a|b+)c", "\\X",
            "a)", "*a", "(?",
    })
    void givesNoBoundToWhatCanBeAnyLengthOrIsNotRead(String regex) {
        assertEquals(OptionalInt.empty(), RegexLength.maxCodePoints(regex), regex);
    }

    /** Java's own look-behind accepts only patterns of a bounded length: every bound read must be one. */
    @Test
    void boundsOnlyWhatJavaAlsoFindsBoundedInTheShippedBoilerplate() throws IOException {
        String data;
        try (InputStream in = getClass().getResourceAsStream("/org/sitrep/ingest/boilerplate.txt")) {
            data = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int bounded = 0;
        for (String line : data.split("\n")) {
            String regex = line.strip().replaceFirst("^end:\\s*", "");
            if (regex.isEmpty() || regex.startsWith("#")) {
                continue;
            }
            if (RegexLength.maxCodePoints(regex).isPresent()) {
                bounded++;
                assertDoesNotThrow(() -> Pattern.compile("(?<=" + regex + ")"), regex);
            }
        }
        assertTrue(bounded > 10, "most shipped patterns have a bound: " + bounded);
    }
}
