package com.edfapay.tokenmanager.ui.sdktokens;

import com.edfapay.tokenmanager.api.EdfaPayApi;
import com.edfapay.tokenmanager.api.Page;
import com.edfapay.tokenmanager.api.PageRequest;
import com.edfapay.tokenmanager.api.UserQuery;
import com.edfapay.tokenmanager.api.UserSummary;
import java.util.ArrayList;
import java.util.List;

/** Where the table's pages of users come from: EdfaPay's {@code users/search}, or a list already in memory. */
interface UserSource {

    /** Blocking; called off the UI thread. */
    Page<UserSummary> page(int number, int size);

    /** The scope and criteria this source lists, page and sort included (what a sweep of it must cover). */
    UserQuery query();

    /** Server-side: text, business unit, user type and sort all go to {@code users/search}. */
    static UserSource server(EdfaPayApi api, UserQuery query) {
        return new UserSource() {
            @Override
            public Page<UserSummary> page(int number, int size) {
                PageRequest sort = query.page();
                return api.searchUsers(query.withPage(new PageRequest(number, size, sort.sortBy(),
                        sort.sortDirection())));
            }

            @Override
            public UserQuery query() {
                return query;
            }
        };
    }

    /** Users already known (a finished "Check every token" filtered by status), paged from memory. */
    static UserSource local(UserQuery query, List<UserSummary> users) {
        List<UserSummary> all = List.copyOf(users);
        return new UserSource() {
            @Override
            public Page<UserSummary> page(int number, int size) {
                int from = (int) Math.min(all.size(), (long) number * size);
                int to = Math.min(all.size(), from + size);
                return new Page<>(new ArrayList<>(all.subList(from, to)), all.size(),
                        (all.size() + size - 1) / size, number, size, to >= all.size());
            }

            @Override
            public UserQuery query() {
                return query;
            }
        };
    }
}
