package com.edfapay.tokenmanager.desktop.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityCsvTest {

    private static ActivityEntry entry(String targetName, String detail) {
        return new ActivityEntry(Instant.parse("2026-12-01T09:00:00Z"), "Demo, partner", "LOCAL_SANDBOX", "PARTNER",
                ActivityAction.DISABLE, targetName, "u-17", ActivityOutcome.SUCCEEDED, detail);
    }

    @Test
    void roundTripsCommasQuotesArabicAndFormulaLikeCells() throws Exception {
        List<ActivityEntry> entries = List.of(
                entry("Till \"3\", back office", ""),
                entry("=HYPERLINK(\"http://evil\",\"x\")", "+1"),
                entry("-2", "@SUM(A1)"),
                entry("'already quoted", "\u0645\u062a\u062c\u0631 \u0627\u0644\u0631\u064a\u0627\u0636"));
        String csv = ActivityCsv.toCsv(entries);
        assertThat(ActivityCsv.read(new StringReader(csv))).isEqualTo(entries);
    }

    @Test
    void writesRfc4180WithAHeader() {
        String csv = ActivityCsv.toCsv(List.of(entry("Till \"3\", back office", "")));
        assertThat(csv).isEqualTo(
                "time,profile,environment,role,action,target_name,target_id,outcome,detail\r\n"
                        + "2026-12-01T09:00:00Z,\"Demo, partner\",LOCAL_SANDBOX,PARTNER,DISABLE,"
                        + "\"Till \"\"3\"\", back office\",u-17,SUCCEEDED,\r\n");
    }

    @Test
    void aFormulaCellIsNeutralised() {
        ActivityEntry plain = new ActivityEntry(Instant.parse("2026-12-01T09:00:00Z"), "Demo", "PRODUCTION",
                "MERCHANT", ActivityAction.GENERATE, "=cmd|' /C calc'!A0", "@x", ActivityOutcome.SUCCEEDED, "-1+1");
        String csv = ActivityCsv.toCsv(List.of(plain));
        String row = csv.split("\r\n")[1];
        List<String> cells = List.of(row.split(","));
        assertThat(cells.get(5)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(cells.get(6)).isEqualTo("'@x");
        assertThat(cells.get(8)).isEqualTo("'-1+1");
        for (String cell : cells) {
            assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        }
    }

    @Test
    void rejectsAFileThatIsNotAnExport() {
        assertThatThrownBy(() -> ActivityCsv.read(new StringReader("a,b\r\n1,2\r\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> ActivityCsv.read(new StringReader(String.join(",", ActivityCsv.HEADER)
                + "\r\n\"unclosed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not closed");
    }
}
