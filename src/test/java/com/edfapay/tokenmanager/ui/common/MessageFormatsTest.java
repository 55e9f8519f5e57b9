package com.edfapay.tokenmanager.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message, formatted with sample arguments as {@link Messages#get} does, and also as FXML shows it (raw),
 * leaves no {@code {n}} placeholder and no ASCII apostrophe behind. A lone apostrophe makes MessageFormat print
 * the rest of the text literally ({@code {0}} included); a doubled one shows doubled wherever the text is not
 * formatted. The bundles use the typographic apostrophe (U+2019) instead.
 */
class MessageFormatsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LEFT_OVER = Pattern.compile("\\{\\d+[,}]");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageFormatsTest.class.getResourceAsStream("/com/edfapay/tokenmanager/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageFormatsCleanlyInEnglishAndArabic() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of("messages.properties", "messages_ar.properties")) {
            Properties properties = load(bundle);
            Locale locale = bundle.contains("_ar") ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                if (pattern.indexOf('\'') >= 0) {
                    problems.add(bundle + " " + key + ": ASCII apostrophe in \"" + pattern + "\"");
                    continue;
                }
                String formatted = format(pattern, locale);
                if (LEFT_OVER.matcher(formatted).find()) {
                    problems.add(bundle + " " + key + ": placeholder left in \"" + formatted + "\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAnswerLostNoticeNamesTheUser() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        assertThat(messages.get("sdk.doneAnswerLost.disable", "Till 3")).contains("Till 3").doesNotContain("{0}");
        assertThat(messages.get("sdk.self.name.user")).doesNotContain("''");
    }

    private static String format(String pattern, Locale locale) {
        Matcher matcher = ARGUMENT.matcher(pattern);
        int count = 0;
        while (matcher.find()) {
            count = Math.max(count, Integer.parseInt(matcher.group(1)) + 1);
        }
        if (count == 0) {
            return pattern;
        }
        Object[] words = new Object[count];
        Object[] numbers = new Object[count];
        for (int i = 0; i < count; i++) {
            words[i] = "sample" + i;
            numbers[i] = 3;
        }
        MessageFormat format = new MessageFormat(pattern, locale);
        try {
            return format.format(words);
        } catch (IllegalArgumentException numberExpected) {
            return format.format(numbers);
        }
    }
}
