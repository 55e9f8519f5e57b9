package com.edfapay.tokenmanager.ui.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import com.edfapay.tokenmanager.ui.common.Messages;
import com.edfapay.tokenmanager.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merchant picker over a partner with 2,000 merchants: type-ahead on the server, one page at a time. */
class MerchantScopeViewModelTest {

    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final FakeEdfaPayApi api = FakeEdfaPayApi.partner();
    private MerchantScopeViewModel scope;

    @BeforeEach
    void setUp() {
        for (int i = 0; i < 2000; i++) {
            api.merchants.add(new MerchantSummary("m-" + i, String.format(Locale.ROOT, "%s Store %04d",
                    i % 2 == 0 ? "Riyadh" : "Jeddah", i), null, null, true, "p-1"));
        }
        scope = new MerchantScopeViewModel(api, "p-1", tasks, Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void opensWithOnePageAndLoadsTheNextOnlyWhenScrolledTo() {
        scope.start();

        assertThat(scope.results()).hasSize(MerchantScopeViewModel.PAGE_SIZE);
        assertThat(scope.totalMatchesProperty().get()).isEqualTo(2000);
        assertThat(scope.hasMoreProperty().get()).isTrue();
        assertThat(api.log).containsExactly("searchMerchants");

        scope.loadMore();
        assertThat(scope.results()).hasSize(2 * MerchantScopeViewModel.PAGE_SIZE);
        assertThat(api.log).hasSize(2);
    }

    @Test
    void typingSearchesOnTheServerOnceThePauseIsOver() {
        scope.start();
        api.log.clear();

        scope.queryProperty().set("j");
        scope.queryProperty().set("je");
        scope.queryProperty().set("jeddah store 19");
        tasks.elapse(MerchantScopeViewModel.DEBOUNCE.minus(Duration.ofMillis(1)));
        assertThat(api.log).isEmpty();
        tasks.elapse(Duration.ofMillis(1));

        assertThat(api.log).containsExactly("searchMerchants");
        assertThat(scope.results()).extracting(MerchantSummary::name).allMatch(n -> n.startsWith("Jeddah Store 19"));
        assertThat(scope.totalMatchesProperty().get()).isEqualTo(50);
        assertThat(scope.hasMoreProperty().get()).isFalse();
    }

    @Test
    void choosingAMerchantOrAllMerchantsSetsTheScope() {
        scope.start();
        scope.select(scope.results().get(3));
        assertThat(scope.selectedLabelProperty().get()).isEqualTo("Jeddah Store 0003");
        scope.selectAll();
        assertThat(scope.selectedProperty().get()).isNull();
        assertThat(scope.selectedLabelProperty().get()).isEqualTo("All merchants");
    }
}
