package com.edfapay.tokenmanager.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.edfapay.tokenmanager.sandbox.SandboxCommandLine.Parsed;
import com.edfapay.tokenmanager.sandbox.SandboxCommandLine.UsageException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The standalone sandbox's argument parsing and default data folder. */
class SandboxCommandLineTest {

    private static Properties linux(String home) {
        Properties properties = new Properties();
        properties.setProperty("os.name", "Linux");
        properties.setProperty("user.home", home);
        return properties;
    }

    private static Parsed parse(String... args) throws UsageException {
        return SandboxCommandLine.parse(args, Map.of(), linux("/home/amal"));
    }

    @Test
    void defaultsArePort8080AndAFileInTheUsersDataFolder() throws Exception {
        Parsed parsed = parse();
        assertThat(parsed.options().port()).isEqualTo(8080);
        assertThat(parsed.options().dataFile())
                .isEqualTo(Path.of("/home/amal/.local/share/edfapay-token-manager/sandbox/sandbox"));
        assertThat(parsed.options().merchants()).isEqualTo(3);
        assertThat(parsed.options().usersPerMerchant()).isEqualTo(12);
        assertThat(parsed.options().failRate()).isZero();
        assertThat(parsed.printKeys()).isFalse();
        assertThat(parsed.help()).isFalse();
    }

    @Test
    void everyOptionIsParsed() throws Exception {
        Parsed parsed = parse("--port", "0", "--data", "/tmp/x/sb", "--latency-ms", "120", "--fail-rate", "0.1",
                "--throttle-rate", "0.2", "--drop-rate", "0.05", "--merchants", "2000", "--users-per-merchant", "5",
                "--seed", "-42", "--print-keys");
        SandboxOptions options = parsed.options();
        assertThat(options.port()).isZero();
        assertThat(options.dataFile()).isEqualTo(Path.of("/tmp/x/sb"));
        assertThat(options.latency()).isEqualTo(Duration.ofMillis(120));
        assertThat(options.failRate()).isEqualTo(0.1);
        assertThat(options.throttleRate()).isEqualTo(0.2);
        assertThat(options.dropRate()).isEqualTo(0.05);
        assertThat(options.merchants()).isEqualTo(2000);
        assertThat(options.usersPerMerchant()).isEqualTo(5);
        assertThat(options.randomSeed()).isEqualTo(-42);
        assertThat(parsed.printKeys()).isTrue();
        assertThat(parse("--data", "mem").options().dataFile()).isNull();
        assertThat(parse("--help").help()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "--port", "--port abc", "--port 70000", "--port -1", "--fail-rate 1.5",
            "--drop-rate x", "--throttle-rate -0.1", "--merchants 0", "--users-per-merchant 1", "--latency-ms -5",
            "--seed 1.5", "--data", "--port --print-keys", "8080"})
    void badArgumentsAreUsageErrors(String args) {
        assertThatThrownBy(() -> parse(args.split(" "))).isInstanceOf(UsageException.class)
                .hasMessageContaining(args.split(" ")[0].startsWith("--") ? args.split(" ")[0] : args);
    }

    @Test
    void theHomePropertyWinsOverThePlatformFolder() {
        Properties properties = linux("/home/amal");
        properties.setProperty(SandboxDataFolder.HOME_PROPERTY, "/opt/etm");
        assertThat(SandboxDataFolder.defaultDataFile(Map.of(), properties))
                .isEqualTo(Path.of("/opt/etm/sandbox/sandbox"));
    }

    @Test
    void platformFoldersFollowEachOperatingSystemsConvention() {
        assertThat(SandboxDataFolder.defaultDataFile(Map.of("XDG_DATA_HOME", "/data"), linux("/home/amal")))
                .isEqualTo(Path.of("/data/edfapay-token-manager/sandbox/sandbox"));

        Properties mac = new Properties();
        mac.setProperty("os.name", "Mac OS X");
        mac.setProperty("user.home", "/Users/amal");
        assertThat(SandboxDataFolder.defaultDataFile(Map.of(), mac)).isEqualTo(
                Path.of("/Users/amal/Library/Application Support/EdfaPayTokenManager/sandbox/sandbox"));

        Properties windows = new Properties();
        windows.setProperty("os.name", "Windows 11");
        windows.setProperty("user.home", "/users/amal");
        assertThat(SandboxDataFolder.defaultDataFile(Map.of("APPDATA", "/appdata"), windows))
                .isEqualTo(Path.of("/appdata", "EdfaPayTokenManager", "sandbox", "sandbox"));
    }

    @Test
    void usageNamesEveryOption() {
        assertThat(SandboxCommandLine.USAGE).contains("--port", "--data", "--latency-ms", "--fail-rate",
                "--throttle-rate", "--drop-rate", "--merchants", "--users-per-merchant", "--seed", "--print-keys",
                "--help");
    }
}
