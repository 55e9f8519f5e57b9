package com.edfapay.tokenmanager.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringsTest {

    @Test
    void blankToNullTrimsOrGivesNull() {
        assertThat(Strings.blankToNull(null)).isNull();
        assertThat(Strings.blankToNull("")).isNull();
        assertThat(Strings.blankToNull(" \t ")).isNull();
        assertThat(Strings.blankToNull("  u-2 ")).isEqualTo("u-2");
        assertThat(Strings.blankToNull("x")).isEqualTo("x");
    }

    @Test
    void nullToEmptyKeepsTextAsItIs() {
        assertThat(Strings.nullToEmpty(null)).isEmpty();
        assertThat(Strings.nullToEmpty(" a ")).isEqualTo(" a ");
    }

    @Test
    void last4IsTheTailOrAllOfAShortText() {
        assertThat(Strings.last4("edfa_abcdefgh1234")).isEqualTo("1234");
        assertThat(Strings.last4("12345")).isEqualTo("2345");
        assertThat(Strings.last4("1234")).isEqualTo("1234");
        assertThat(Strings.last4("abc")).isEqualTo("abc");
        assertThat(Strings.last4("")).isEmpty();
    }
}
