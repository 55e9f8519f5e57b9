package com.edfapay.tokenmanager.ui.common;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines that each fit a width: break opportunities from
 * {@link BreakIterator#getLineInstance(Locale)}, each candidate line measured by the injected function (in the
 * app, a JavaFX {@code Text} of the same font; in tests, anything). No toolkit here, so it is unit-tested alone.
 *
 * <p>The lines are consecutive pieces of the text: joined, they give back the text exactly. A line keeps the
 * spaces it ends with (they do not count towards its width) and a hard line break ({@code \n}) it ends with. A
 * word wider than the whole width is cut between characters (grapheme clusters), never lost.
 */
public final class LineBreaker {

    /** Layout rounding: a line this much wider than the width still counts as fitting. */
    private static final double TOLERANCE = 0.01;

    private final Locale locale;
    private final ToDoubleFunction<String> width;

    /** {@code width} gives the width of a single line of text, in the same unit as the widths asked for. */
    public LineBreaker(Locale locale, ToDoubleFunction<String> width) {
        this.locale = locale;
        this.width = width;
    }

    /**
     * The lines of {@code text} at {@code maxWidth}. A width that is not positive and finite means "no limit":
     * only hard line breaks break. Never empty: an empty text is one empty line.
     */
    public List<String> breakLines(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            lines.add("");
            return lines;
        }
        boolean limited = maxWidth > 0 && !Double.isInfinite(maxWidth);
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        int lineStart = 0;
        int lastFit = -1;
        int candidate = breaks.following(0);
        while (candidate != BreakIterator.DONE) {
            if (!allowed(text, candidate)) {
                candidate = breaks.following(candidate);
                continue;
            }
            boolean hard = endsWithHardBreak(text, candidate);
            if (!limited || fits(text.substring(lineStart, candidate), maxWidth)) {
                lastFit = candidate;
                if (hard) {
                    lines.add(text.substring(lineStart, candidate));
                    lineStart = candidate;
                    lastFit = -1;
                }
                candidate = candidate < text.length() ? breaks.following(candidate) : BreakIterator.DONE;
                continue;
            }
            if (lastFit > lineStart) {
                // The candidate overflows: end the line at the last break that fitted and try it again.
                lines.add(text.substring(lineStart, lastFit));
                lineStart = lastFit;
            } else {
                // A single piece wider than the whole line: cut it between characters.
                int cut = longestFittingPrefix(text, lineStart, candidate, maxWidth);
                lines.add(text.substring(lineStart, cut));
                lineStart = cut;
            }
            lastFit = -1;
            // BreakIterator.following() moved the iterator; keep the same candidate for the next line.
        }
        if (lineStart < text.length()) {
            lines.add(text.substring(lineStart));
        }
        return lines;
    }

    /** The line as drawn: without the spaces and the line break it ends with. */
    public static String visible(String line) {
        int end = line.length();
        while (end > 0 && isTrailingSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }

    private boolean fits(String line, double maxWidth) {
        return width.applyAsDouble(visible(line)) <= maxWidth + TOLERANCE;
    }

    /** The end of the longest run of whole characters from {@code start} that fits; at least one character. */
    private int longestFittingPrefix(String text, int start, int end, double maxWidth) {
        BreakIterator characters = BreakIterator.getCharacterInstance(locale);
        characters.setText(text);
        int best = characters.following(start);
        int next = best == BreakIterator.DONE ? BreakIterator.DONE : characters.following(best);
        while (next != BreakIterator.DONE && next <= end && fits(text.substring(start, next), maxWidth)) {
            best = next;
            next = next < text.length() ? characters.following(next) : BreakIterator.DONE;
        }
        return Math.min(best, end);
    }

    /**
     * The JDK's line rules break before some punctuation that must not start a line, e.g. the Arabic comma
     * (U+060C) right after a word; such a break is skipped.
     */
    private static boolean allowed(String text, int position) {
        if (position >= text.length() || position == 0) {
            return true;
        }
        char before = text.charAt(position - 1);
        if (Character.isWhitespace(before) || endsWithHardBreak(text, position)) {
            return true;
        }
        int type = Character.getType(text.charAt(position));
        return type != Character.OTHER_PUNCTUATION && type != Character.END_PUNCTUATION
                && type != Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean endsWithHardBreak(String text, int end) {
        if (end <= 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last == '\n' || last == '\r' || last == '\u2028' || last == '\u2029' || last == '\u000B'
                || last == '\u000C' || last == '\u0085';
    }

    private static boolean isTrailingSpace(char c) {
        // Not the no-break space: it is there precisely to be kept.
        return c != '\u00A0' && c != '\u202F' && c != '\u2007' && (Character.isWhitespace(c) || c == '\u2028'
                || c == '\u2029' || c == '\u0085');
    }
}
