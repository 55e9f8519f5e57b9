package com.edfapay.tokenmanager.api;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The EdfaPay Management API as the desktop app uses it. Every method is blocking and throws an
 * {@link EdfaPayException} subclass on failure; call it off the UI thread.
 */
public interface EdfaPayApi {

    /**
     * Who owns the API key. Uses {@code GET /api/v1/me}; when the server does not offer it, probes
     * partner search, merchant search and users search (in that order) and returns an identity with
     * {@code fromProbe = true}; when nothing can be read, the user type is {@link UserType#SELF}.
     */
    Identity whoAmI();

    Page<UserSummary> searchUsers(UserQuery query);

    Page<MerchantSummary> searchMerchants(MerchantQuery query);

    Page<PartnerSummary> searchPartners(PageRequest page, @Nullable String text);

    SdkToken getSdkToken(String userId);

    /** {@code POST}: generates or replaces the user's SDK token. Never retried. */
    SdkToken generateSdkToken(String userId);

    /** Toggle-safe switch of the SDK token's status to {@code active}. */
    SdkTokenStatusChange setSdkTokenActive(String userId, boolean active);

    /** {@code businessUnitId} null means every API token in the caller's scope. */
    List<ApiToken> listApiTokens(@Nullable String businessUnitId);

    GeneratedApiToken generateApiToken(NewApiToken request);

    ApiToken setApiTokenActive(String tokenId, boolean active, @Nullable String reason);
}
