package com.edfapay.tokenmanager.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defect 8: the environment is classified after normalising the URL. */
class EnvironmentTest {

    @ParameterizedTest
    @CsvSource({
        "https://app-api.edfapay.com, PRODUCTION",
        "https://app-api.edfapay.com/api/v1, PRODUCTION",
        "https://app-api.edfapay.com/api/v1/, PRODUCTION",
        "https://app-api.edfapay.com:443, PRODUCTION",
        "HTTPS://APP-API.EDFAPAY.COM, PRODUCTION",
        "https://app-api.edfapay.com., PRODUCTION",
        "https://app-api.edfapay.com.:443/API/V1, PRODUCTION",
        "https://revamp-api.edfapay.com/api/v1, REVAMP_SANDBOX",
        "https://DEMO-api.edfapay.com:443/, DEMO_SANDBOX",
        "https://app-api.edfapay.com:8443, CUSTOM",
        "https://app-api.edfapay.com/other, CUSTOM",
        "https://app-api.edfapay.com.evil.example, CUSTOM",
        "http://app-api.edfapay.com, CUSTOM",
        "not a url, CUSTOM"})
    void classifiesAfterNormalising(String url, Environment expected) {
        assertThat(Environment.forBaseUrl(url)).isEqualTo(expected);
    }
}
