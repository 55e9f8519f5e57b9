package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The line-breaking rules, with a toy measure (every character is 1 wide): no toolkit needed. */
class LineBreakerTest {

    private final LineBreaker breaker = new LineBreaker(Locale.ENGLISH, line -> line.length());
    private final LineBreaker arabic = new LineBreaker(Locale.forLanguageTag("ar"), line -> line.length());

    @Test
    void breaksBetweenWordsAndKeepsTheSpaceOnTheLineItEnds() {
        assertThat(breaker.breakLines("one two three four", 9))
                .containsExactly("one two ", "three ", "four");
    }

    @Test
    void trailingSpacesDoNotCountTowardsTheWidth() {
        // "one two" is 7 wide; its trailing space would make it 8.
        assertThat(breaker.breakLines("one two three", 7)).containsExactly("one two ", "three");
    }

    @Test
    void aTextThatFitsIsOneLine() {
        assertThat(breaker.breakLines("short text", 40)).containsExactly("short text");
    }

    @Test
    void noPositiveWidthMeansNoLimit() {
        assertThat(breaker.breakLines("a b c d e f", 0)).containsExactly("a b c d e f");
        assertThat(breaker.breakLines("a b c d e f", Double.POSITIVE_INFINITY)).containsExactly("a b c d e f");
        assertThat(breaker.breakLines("a b c d e f", Double.NaN)).containsExactly("a b c d e f");
    }

    @Test
    void hardLineBreaksAlwaysBreak() {
        assertThat(breaker.breakLines("first\nsecond line here", 100)).containsExactly("first\n", "second line here");
        assertThat(breaker.breakLines("first\nsecond line here", 0)).containsExactly("first\n", "second line here");
        assertThat(breaker.breakLines("ab cd\nef gh ij", 5)).containsExactly("ab cd\n", "ef gh ", "ij");
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenCharactersNotLost() {
        List<String> lines = breaker.breakLines("go abcdefghij end", 4);
        assertThat(lines).containsExactly("go ", "abcd", "efgh", "ij ", "end");
        assertThat(String.join("", lines)).isEqualTo("go abcdefghij end");
    }

    @Test
    void evenAWidthBelowOneCharacterMakesProgress() {
        assertThat(breaker.breakLines("abc", 0.5)).containsExactly("a", "b", "c");
    }

    @Test
    void anEmptyTextIsOneEmptyLine() {
        assertThat(breaker.breakLines("", 10)).containsExactly("");
    }

    @Test
    void arabicBreaksBetweenWordsAndGivesBackTheTextExactlyOnce() {
        String text = "سيتم استبدال رمز SDK الحالي لهذا المستخدم، ويجب إعادة تفعيل الأجهزة التي تستخدم الرمز القديم.";
        for (int width = 10; width <= 60; width += 7) {
            List<String> lines = arabic.breakLines(text, width);
            assertThat(String.join("", lines)).isEqualTo(text);
            for (String line : lines) {
                assertThat(LineBreaker.visible(line).length()).isLessThanOrEqualTo(width);
            }
            // Whole words only (no word here is longer than the narrowest width): every line but the last ends
            // at a space.
            assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> line.endsWith(" "));
        }
    }

    @Test
    void theMeasureDecidesNotTheCharacterCount() {
        // Wide "W", narrow everything else: the line with Ws breaks earlier.
        LineBreaker wide = new LineBreaker(Locale.ENGLISH,
                line -> line.chars().mapToDouble(c -> c == 'W' ? 3 : 1).sum());
        assertThat(wide.breakLines("WW ii WW ii", 9)).containsExactly("WW ii ", "WW ii");
        assertThat(breaker.breakLines("WW ii WW ii", 9)).containsExactly("WW ii WW ", "ii");
    }

    @Test
    void noLineStartsWithAnArabicComma() {
        assertThat(arabic.breakLines("المستخدم، ويجب", 9)).containsExactly("المستخدم، ", "ويجب");
    }

    @Test
    void noBreakSpacesAreKeptAndNotBrokenAt() {
        assertThat(breaker.breakLines("10\u00A0000 SAR now", 9)).containsExactly("10\u00A0000 ", "SAR now");
        assertThat(LineBreaker.visible("x\u00A0")).isEqualTo("x\u00A0");
    }
}
