package com.edfapay.tokenmanager.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.EdfaPayClient;
import com.edfapay.tokenmanager.api.EdfaPayException;
import com.edfapay.tokenmanager.api.Identity;
import com.edfapay.tokenmanager.api.MerchantQuery;
import com.edfapay.tokenmanager.api.MerchantSummary;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.PartnerSummary;
import com.edfapay.tokenmanager.api.SortDirection;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.sandbox.EdfaPaySandbox;
import com.edfapay.tokenmanager.sandbox.Persona;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identity and the three searches: the real client against the real sandbox, read-only. */
class ClientAgainstSandboxTest {

    private static EdfaPaySandbox sandbox;
    private static EdfaPayClient partner;
    private static EdfaPayClient merchant;
    private static EdfaPayClient branch;
    private static String partnerId;

    @BeforeAll
    static void startSandbox() {
        sandbox = E2e.start();
        partner = E2e.client(sandbox, "partner");
        merchant = E2e.client(sandbox, "merchant");
        branch = E2e.client(sandbox, "branch");
        partnerId = E2e.persona(sandbox, "partner").businessUnitId();
    }

    @AfterAll
    static void stopSandbox() {
        Stream.of(partner, merchant, branch).forEach(EdfaPayClient::close);
        sandbox.close();
    }

    // ------------------------------------------------------------------------------------------------ whoAmI

    @Test
    void theSandboxOffersTheFivePersonasInOrder() {
        assertThat(sandbox.personas()).extracting(Persona::name)
                .containsExactly("partner", "merchant", "branch", "user", "terminal");
        assertThat(sandbox.personas()).extracting(Persona::userType)
                .containsExactly("PARTNER", "MERCHANT", "BRANCH", "USER", "TERMINAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "merchant", "branch", "user", "terminal"})
    void whoAmIMatchesThePersona(String name) {
        Persona persona = E2e.persona(sandbox, name);
        try (EdfaPayClient client = E2e.client(sandbox, name)) {
            Identity me = client.whoAmI();

            assertThat(me.fromProbe()).as("the sandbox offers /me").isFalse();
            assertThat(me.userId()).isEqualTo(persona.userId());
            assertThat(me.userType()).isEqualTo(UserType.valueOf(persona.userType()));
            assertThat(me.businessUnitId()).isEqualTo(persona.businessUnitId());
            assertThat(me.businessUnitName()).isEqualTo(persona.businessUnitName()).isNotBlank();
            assertThat(me.partnerId()).as("the partner above every persona is the demo partner")
                    .isEqualTo(partnerId);
        }
    }

    @Test
    void aPartnersPartnerIdIsItsOwnBusinessUnit() {
        Identity me = partner.whoAmI();
        assertThat(me.userType()).isEqualTo(UserType.PARTNER);
        assertThat(me.partnerId()).isEqualTo(me.businessUnitId());
    }

    // ------------------------------------------------------------------------------------------ users search

    @Test
    void usersPagingIsZeroBasedConsistentAndEndsWithTheLastFlag() {
        int size = 7;
        PageRequest request = new PageRequest(0, size, "username", SortDirection.ASC);
        List<UserSummary> seen = new ArrayList<>();
        Page<UserSummary> first = partner.searchUsers(UserQuery.all(request));
        long total = first.totalElements();
        assertThat(total).as("the demo partner has dozens of users").isGreaterThan(3L * size);
        assertThat(first.totalPages()).isEqualTo((int) ((total + size - 1) / size));

        Page<UserSummary> page = first;
        int expectedNumber = 0;
        while (true) {
            assertThat(page.number()).isEqualTo(expectedNumber);
            assertThat(page.size()).isEqualTo(size);
            assertThat(page.totalElements()).as("total on page %d", expectedNumber).isEqualTo(total);
            boolean shouldBeLast = expectedNumber == first.totalPages() - 1;
            assertThat(page.last()).as("last flag on page %d", expectedNumber).isEqualTo(shouldBeLast);
            assertThat(page.content()).hasSize(shouldBeLast ? (int) (total - (long) size * expectedNumber) : size);
            seen.addAll(page.content());
            if (page.last()) {
                break;
            }
            expectedNumber++;
            page = partner.searchUsers(UserQuery.all(request.withPageNumber(expectedNumber)));
        }

        assertThat(seen).hasSize((int) total);
        assertThat(seen).extracting(UserSummary::id).doesNotHaveDuplicates();
        List<String> names = seen.stream().map(u -> u.username().toLowerCase(Locale.ROOT)).toList();
        assertThat(names).as("sorted by username across pages").isSorted();

        Page<UserSummary> beyond = partner.searchUsers(UserQuery.all(request.withPageNumber(first.totalPages())));
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(total);
        assertThat(beyond.last()).isTrue();
    }

    @Test
    void usersCanBeSortedDescending() {
        Page<UserSummary> page = partner.searchUsers(
                UserQuery.all(new PageRequest(0, 500, "username", SortDirection.DESC)));
        List<String> names = page.content().stream().map(u -> u.username().toLowerCase(Locale.ROOT)).toList();
        assertThat(names).hasSizeGreaterThan(10);
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void textFilterIsACaseInsensitiveSubstring() {
        List<UserSummary> everyone = E2e.allUsers(partner);
        UserSummary sample = everyone.stream().filter(u -> u.userType() == UserType.USER).findFirst().orElseThrow();
        String needle = sample.username().substring(1, Math.min(6, sample.username().length()))
                .toUpperCase(Locale.ROOT);

        List<UserSummary> found = E2e.allUsers(partner, UserQuery.all(PageRequest.first(100)).withText(needle));

        assertThat(found).extracting(UserSummary::id).contains(sample.id());
        assertThat(found.size()).isLessThan(everyone.size());
        String lower = needle.toLowerCase(Locale.ROOT);
        assertThat(found).allSatisfy(u -> assertThat(Stream.of(u.username(), u.email(), u.firstName(),
                        u.lastName(), u.phoneNumber(), u.businessUnitName())
                .filter(java.util.Objects::nonNull).map(s -> s.toLowerCase(Locale.ROOT)))
                .as("some text field of %s contains %s", u.username(), needle)
                .anyMatch(s -> s.contains(lower)));
    }

    @Test
    void aMerchantsBusinessUnitFilterIncludesItsBranchesUsers() {
        String merchantId = E2e.persona(sandbox, "merchant").businessUnitId();
        String branchId = E2e.persona(sandbox, "branch").businessUnitId();

        List<UserSummary> viaPartner = E2e.allUsers(partner,
                UserQuery.all(PageRequest.first(100)).withBusinessUnitId(merchantId));

        assertThat(viaPartner).extracting(UserSummary::businessUnitId).containsOnly(merchantId, branchId)
                .contains(merchantId, branchId);
        // The merchant's own unfiltered view is the same set.
        List<UserSummary> merchantsOwn = E2e.allUsers(merchant);
        assertThat(viaPartner).extracting(UserSummary::id)
                .containsExactlyInAnyOrderElementsOf(merchantsOwn.stream().map(UserSummary::id).toList());
        // And a merchant filtering by itself sees the same too.
        assertThat(E2e.allUsers(merchant, UserQuery.all(PageRequest.first(100)).withBusinessUnitId(merchantId)))
                .hasSameSizeAs(merchantsOwn);
    }

    @Test
    void aBranchFilterGivesOnlyTheBranchsUsers() {
        String branchId = E2e.persona(sandbox, "branch").businessUnitId();
        List<UserSummary> users = E2e.allUsers(partner,
                UserQuery.all(PageRequest.first(100)).withBusinessUnitId(branchId));
        assertThat(users).isNotEmpty().extracting(UserSummary::businessUnitId).containsOnly(branchId);
        assertThat(users).extracting(UserSummary::id)
                .containsExactlyInAnyOrderElementsOf(E2e.allUsers(branch).stream().map(UserSummary::id).toList());
    }

    @Test
    void userTypeFilterGivesOnlyThatType() {
        List<UserSummary> everyone = E2e.allUsers(partner);
        List<UserSummary> terminals = E2e.allUsers(partner,
                UserQuery.all(PageRequest.first(100)).withUserType(UserType.TERMINAL));

        assertThat(terminals).isNotEmpty().extracting(UserSummary::userType).containsOnly(UserType.TERMINAL);
        assertThat(terminals).hasSize((int) everyone.stream().filter(u -> u.userType() == UserType.TERMINAL).count());
    }

    @Test
    void filtersCombine() {
        String merchantId = E2e.persona(sandbox, "merchant").businessUnitId();
        List<UserSummary> found = E2e.allUsers(partner, UserQuery.all(PageRequest.first(100))
                .withBusinessUnitId(merchantId).withUserType(UserType.TERMINAL).withActive(true));
        assertThat(found).isNotEmpty().allSatisfy(u -> {
            assertThat(u.userType()).isEqualTo(UserType.TERMINAL);
            assertThat(u.active()).isTrue();
        });
    }

    @Test
    void usersSearchOfABranchAndMerchantStaysInScope() {
        String merchantId = E2e.persona(sandbox, "merchant").businessUnitId();
        String branchId = E2e.persona(sandbox, "branch").businessUnitId();
        assertThat(E2e.allUsers(merchant)).isNotEmpty().extracting(UserSummary::businessUnitId)
                .containsOnly(merchantId, branchId);
        assertThat(E2e.allUsers(branch)).isNotEmpty().extracting(UserSummary::businessUnitId).containsOnly(branchId);
    }

    @Test
    void anUnknownSortOrAnOversizedPageIsABadRequest() {
        EdfaPayException sort = E2e.failure(() -> partner.searchUsers(
                UserQuery.all(new PageRequest(0, 10, "password", SortDirection.ASC))));
        assertThat(sort).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(sort.httpStatus()).isEqualTo(400);
        assertThat(sort.errorCode()).isEqualTo("BAD_REQUEST");

        EdfaPayException size = E2e.failure(() -> partner.searchMerchants(
                MerchantQuery.all(new PageRequest(0, 501, null, null))));
        assertThat(size).isInstanceOf(EdfaPayException.Rejected.class);
        assertThat(size.errorCode()).isEqualTo("BAD_REQUEST");

        assertThat(partner.searchUsers(UserQuery.all(new PageRequest(0, 500, "email", SortDirection.DESC)))
                .size()).isEqualTo(500);
    }

    // -------------------------------------------------------------------------------------- merchant search

    @Test
    void merchantPagingAndPartnerId() {
        Page<MerchantSummary> first = partner.searchMerchants(MerchantQuery.all(new PageRequest(0, 2, null, null)));
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.number()).isZero();
        assertThat(first.content()).hasSize(2);
        assertThat(first.last()).isFalse();

        Page<MerchantSummary> second = partner.searchMerchants(MerchantQuery.all(new PageRequest(1, 2, null, null)));
        assertThat(second.totalElements()).isEqualTo(3);
        assertThat(second.number()).isEqualTo(1);
        assertThat(second.content()).hasSize(1);
        assertThat(second.last()).isTrue();

        List<MerchantSummary> all = new ArrayList<>(first.content());
        all.addAll(second.content());
        assertThat(all).extracting(MerchantSummary::id).doesNotHaveDuplicates()
                .contains(E2e.persona(sandbox, "merchant").businessUnitId());
        assertThat(all).extracting(MerchantSummary::partnerId).containsOnly(partnerId);
        assertThat(all).extracting(m -> m.name().toLowerCase(Locale.ROOT)).isSorted();
    }

    @Test
    void merchantTextAndPartnerFilters() {
        Persona m = E2e.persona(sandbox, "merchant");
        String needle = m.businessUnitName().substring(0, Math.min(5, m.businessUnitName().length()))
                .toLowerCase(Locale.ROOT);
        Page<MerchantSummary> found = partner.searchMerchants(
                MerchantQuery.all(PageRequest.first(50)).withText(needle));
        assertThat(found.content()).extracting(MerchantSummary::id).contains(m.businessUnitId());
        assertThat(found.content()).allSatisfy(s -> assertThat(
                (s.name() + " " + s.nameAR() + " " + s.emailAddress()).toLowerCase(Locale.ROOT)).contains(needle));

        assertThat(partner.searchMerchants(MerchantQuery.all(PageRequest.first(50)).withPartnerId(partnerId))
                .totalElements()).isEqualTo(3);
        assertThat(partner.searchMerchants(MerchantQuery.all(PageRequest.first(50))
                .withText("no merchant is called like this")).content()).isEmpty();
    }

    @Test
    void aMerchantFindsOnlyItself() {
        Persona m = E2e.persona(sandbox, "merchant");
        Page<MerchantSummary> page = merchant.searchMerchants(MerchantQuery.all(PageRequest.first(50)));
        assertThat(page.totalElements()).isEqualTo(1);
        assertThat(page.last()).isTrue();
        assertThat(page.content()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(m.businessUnitId());
            assertThat(s.name()).isEqualTo(m.businessUnitName());
            assertThat(s.partnerId()).isEqualTo(partnerId);
        });
    }

    // --------------------------------------------------------------------------------------- partner search

    @Test
    void aPartnerFindsOnlyItsOwnPartner() {
        Persona p = E2e.persona(sandbox, "partner");
        Page<PartnerSummary> page = partner.searchPartners(PageRequest.first(10), null);
        assertThat(page.totalElements()).isEqualTo(1);
        assertThat(page.last()).isTrue();
        assertThat(page.content()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(p.businessUnitId());
            assertThat(s.name()).isEqualTo(p.businessUnitName());
        });
        String needle = p.businessUnitName().substring(0, 4).toUpperCase(Locale.ROOT);
        assertThat(partner.searchPartners(PageRequest.first(10), needle).content()).hasSize(1);
        assertThat(partner.searchPartners(PageRequest.first(10), "zzz-nothing").content()).isEmpty();
    }

    @Test
    void everyUserSeenByThePartnerIsDistinctAndComplete() {
        List<UserSummary> users = E2e.allUsers(partner);
        Set<String> types = new HashSet<>();
        users.forEach(u -> types.add(u.userType().name()));
        assertThat(types).contains("PARTNER", "MERCHANT", "BRANCH", "USER", "TERMINAL");
        assertThat(users).extracting(UserSummary::id)
                .contains(sandbox.personas().stream().map(Persona::userId).toArray(String[]::new));
    }
}
