package com.edfapay.tokenmanager.scan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Classifies findings against the signed-in scope, on the machine:
 *
 * <ul>
 *   <li>an <b>API token</b> by its prefix ({@code edfa_} plus 4) and last 4 against the scope's token list; a match
 *       is "yours": active, or disabled/expired. Two tokens sharing 8 random characters is a 1 in 62^8 chance, and
 *       an active one wins such a tie, so a leak is never understated;</li>
 *   <li>an <b>SDK token</b> by the SHA-256 of the whole value against the hashes of the scope's SDK tokens, so a
 *       match is certain. The hashes live in memory only for this call.</li>
 * </ul>
 */
public final class LeakClassifier {

    private final Clock clock;

    public LeakClassifier(Clock clock) {
        this.clock = clock;
    }

    public List<ClassifiedFinding> classify(List<Finding> findings, ScopeTokens scope) {
        boolean anyApi = findings.stream().anyMatch(f -> f.kind() == TokenKind.API_TOKEN);
        boolean anySdk = findings.stream().anyMatch(f -> f.kind() == TokenKind.SDK_TOKEN);
        Optional<Map<String, List<ScopeTokens.ApiTokenRef>>> api = anyApi
                ? scope.apiTokens().map(LeakClassifier::byFingerprint) : Optional.empty();
        Optional<Map<String, ScopeTokens.SdkTokenRef>> sdk = anySdk
                ? scope.sdkTokens().map(LeakClassifier::byHash) : Optional.empty();
        Instant now = clock.instant();
        List<ClassifiedFinding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            out.add(finding.kind() == TokenKind.API_TOKEN
                    ? classifyApi(finding, api, now) : classifySdk(finding, sdk));
        }
        return out;
    }

    private static ClassifiedFinding classifyApi(Finding finding,
                                                 Optional<Map<String, List<ScopeTokens.ApiTokenRef>>> tokens,
                                                 Instant now) {
        if (tokens.isEmpty()) {
            return new ClassifiedFinding(finding, Classification.UNVERIFIED, null);
        }
        List<ScopeTokens.ApiTokenRef> candidates = tokens.get().get(fingerprint(finding.prefix(), finding.last4()));
        if (candidates == null || candidates.isEmpty()) {
            return new ClassifiedFinding(finding, Classification.NOT_IN_SCOPE, null);
        }
        ScopeTokens.ApiTokenRef chosen = candidates.stream().filter(t -> works(t, now)).findFirst()
                .orElse(candidates.get(0));
        return new ClassifiedFinding(finding,
                works(chosen, now) ? Classification.YOURS_ACTIVE : Classification.YOURS_INACTIVE,
                new ClassifiedFinding.Owner(chosen.id(), chosen.name(), chosen.businessUnitId()));
    }

    private static ClassifiedFinding classifySdk(Finding finding, Optional<Map<String, ScopeTokens.SdkTokenRef>> tokens) {
        if (tokens.isEmpty()) {
            return new ClassifiedFinding(finding, Classification.UNVERIFIED, null);
        }
        ScopeTokens.@Nullable SdkTokenRef match = tokens.get().get(finding.sha256());
        if (match == null) {
            return new ClassifiedFinding(finding, Classification.NOT_IN_SCOPE, null);
        }
        return new ClassifiedFinding(finding,
                match.active() ? Classification.YOURS_ACTIVE : Classification.YOURS_INACTIVE,
                new ClassifiedFinding.Owner(match.userId(), match.userName(), match.businessUnitId()));
    }

    private static boolean works(ScopeTokens.ApiTokenRef token, Instant now) {
        return token.active() && (token.expiresAt() == null || token.expiresAt().isAfter(now));
    }

    private static Map<String, List<ScopeTokens.ApiTokenRef>> byFingerprint(List<ScopeTokens.ApiTokenRef> tokens) {
        Map<String, List<ScopeTokens.ApiTokenRef>> map = new HashMap<>();
        for (ScopeTokens.ApiTokenRef token : tokens) {
            map.computeIfAbsent(fingerprint(token.prefix(), token.last4()), key -> new ArrayList<>()).add(token);
        }
        return map;
    }

    private static Map<String, ScopeTokens.SdkTokenRef> byHash(List<ScopeTokens.SdkTokenRef> tokens) {
        Map<String, ScopeTokens.SdkTokenRef> map = new HashMap<>();
        for (ScopeTokens.SdkTokenRef token : tokens) {
            map.merge(token.sha256(), token, (a, b) -> a.active() ? a : b);
        }
        return map;
    }

    private static String fingerprint(String prefix, String last4) {
        return prefix + "\u2026" + last4;
    }
}
