package com.edfapay.tokenmanager.ui.sdktokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import com.edfapay.tokenmanager.api.UserType;
import com.edfapay.tokenmanager.ui.FakeEdfaPayApi;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The users a finished check found for one status, paged from memory as the server would page them. */
class UserSourceTest {

    private final UserQuery query = UserQuery.all(PageRequest.first(2));
    private final List<UserSummary> users = IntStream.range(0, 5).mapToObj(i -> new UserSummary("u-" + i, "u" + i,
            null, null, null, null, UserType.USER, "m-1", "M", true)).toList();

    @Test
    void pagesFromMemoryHaveTheServersShapeUpToAndPastTheLastPage() {
        UserSource source = UserSource.local(query, users);

        Page<UserSummary> first = source.page(0, 2);
        Page<UserSummary> last = source.page(2, 2);
        Page<UserSummary> past = source.page(3, 2);

        assertThat(first.content()).extracting(UserSummary::id).containsExactly("u-0", "u-1");
        assertThat(first.totalElements()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.number()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(first.last()).isFalse();
        assertThat(source.page(1, 2).last()).isFalse();
        assertThat(last.content()).extracting(UserSummary::id).containsExactly("u-4");
        assertThat(last.number()).isEqualTo(2);
        assertThat(last.last()).isTrue();
        assertThat(past.content()).isEmpty();
        assertThat(past.last()).isTrue();
        assertThat(source.page(0, 5).totalPages()).as("an exact fit is one page").isEqualTo(1);
        assertThat(source.page(0, 5).last()).isTrue();
        assertThat(source.page(0, 4).last()).as("one left over").isFalse();
        assertThat(source.query()).isSameAs(query);
    }

    @Test
    void theServerSourceAsksForThePageWithTheQuerysCriteria() {
        FakeEdfaPayApi api = FakeEdfaPayApi.merchant();
        api.users.addAll(users);
        UserQuery texts = query.withText("u3");
        UserSource source = UserSource.server(api, texts);

        Page<UserSummary> page = source.page(0, 2);

        assertThat(page.content()).extracting(UserSummary::id).containsExactly("u-3");
        assertThat(source.page(1, 2).content()).isEmpty();
        assertThat(UserSource.server(api, query).page(1, 2).content()).extracting(UserSummary::id)
                .containsExactly("u-2", "u-3");
        assertThat(source.query()).isSameAs(texts);
    }
}
