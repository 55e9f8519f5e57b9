package com.edfapay.tokenmanager.api;

import java.util.List;

/** OkHttp + Jackson implementation of {@link EdfaPayApi}. Thread-safe; close it to release connections. */
public final class EdfaPayClient implements EdfaPayApi, AutoCloseable {

    private final ClientConfig config;

    public EdfaPayClient(ClientConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config is required");
        }
        BaseUrlPolicy.problem(config.baseUrl()).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        this.config = config;
    }

    public ClientConfig config() {
        return config;
    }

    @Override
    public Identity whoAmI() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Page<UserSummary> searchUsers(UserQuery query) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Page<MerchantSummary> searchMerchants(MerchantQuery query) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public Page<PartnerSummary> searchPartners(PageRequest page, String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public SdkToken getSdkToken(String userId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public SdkToken generateSdkToken(String userId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public SdkTokenStatusChange setSdkTokenActive(String userId, boolean active) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public List<ApiToken> listApiTokens(String businessUnitId) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public GeneratedApiToken generateApiToken(NewApiToken request) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public ApiToken setApiTokenActive(String tokenId, boolean active, String reason) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {
    }
}
