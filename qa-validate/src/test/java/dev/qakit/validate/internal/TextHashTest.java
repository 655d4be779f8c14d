package dev.qakit.validate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The question-text hash computed in one pass over ASCII text against its definition. */
class TextHashTest {

    @Test
    void agreesWithTheDefinitionOnRandomTexts() {
        Random random = new Random(20261206);
        // letters of both cases, the regex's white space, white space it does not know
        // (U+001C, U+00A0, U+2028), and letters whose lower case is not ASCII's
        String alphabet = "aZqQ09?! \t\n\u000B\f\r\u001C\u001F\u00A0\u2028İΣé";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(n % 2 == 0 ? 16 : alphabet.length())));
            }
            String text = sb.toString();
            assertThat(PageChecker.textHash(text)).as("'%s'", text).isEqualTo(PageChecker.normalisedHash(text));
        }
    }

    @Test
    void caseAndWhiteSpaceDoNotCount() {
        assertThat(PageChecker.textHash("  What is  a\tclosure?\n")).isEqualTo(PageChecker.textHash("what is a closure?"));
        assertThat(PageChecker.textHash("What is a closure?")).isNotEqualTo(PageChecker.textHash("What is a monad?"));
    }
}
