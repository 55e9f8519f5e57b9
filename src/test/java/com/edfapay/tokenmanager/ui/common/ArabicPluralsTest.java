package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counted nouns in Arabic take five forms: one (with واحد), two (the dual), 3-10 (the plural), 11-99 (the singular
 * in the accusative) and round hundreds and above (the singular). English has two; a count in Arabic that only
 * knew "one" and "more" read "45 مستخدم" and "2 دقائق".
 */
class ArabicPluralsTest {

    private static final Messages AR = Messages.forLocale(Locale.forLanguageTag("ar"));

    private static String digits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c >= 0x0660 && c <= 0x0669 ? '0' + (c - 0x0660) : c));
        return out.toString().replace("\u066C", ",");
    }

    @ParameterizedTest
    @CsvSource({"1, مستخدم واحد", "2, مستخدمان", "3, 3 مستخدمين", "10, 10 مستخدمين", "11, 11 مستخدمًا",
        "45, 45 مستخدمًا", "99, 99 مستخدمًا", "100, 100 مستخدم", "102006, '102,006 مستخدم'"})
    void usersAreCountedInTheirArabicForm(long count, String expected) {
        assertThat(digits(AR.get("sdk.progress.users", count))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, دقيقة واحدة", "2, دقيقتان", "5, 5 دقائق", "15, 15 دقيقة", "60, 60 دقيقة"})
    void minutesOfTheIdleLockToo(long minutes, String expected) {
        assertThat(digits(AR.get("settings.idleLock.minutes", minutes))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, لا توجد رموز", "1, رمز واحد", "2, رمزان", "7, 7 رموز", "12, 12 رمزًا"})
    void tokensOfTheApiTabToo(long tokens, String expected) {
        assertThat(digits(AR.get("api.summary", tokens))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1, ثانية واحدة", "2, ثانيتان", "30, 30 ثانية", "3, 3 ثوانٍ"})
    void waitsInErrorsToo(long seconds, String expected) {
        assertThat(digits(AR.get("error.duration.seconds", seconds))).isEqualTo(expected);
    }
}
