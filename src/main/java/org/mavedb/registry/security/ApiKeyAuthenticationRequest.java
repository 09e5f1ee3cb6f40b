package org.mavedb.registry.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The {@code X-API-Key} a request presented, handed to the identity provider that knows the keys. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String apiKey;

    public ApiKeyAuthenticationRequest(String apiKey) {
        this.apiKey = apiKey;
    }

    public String apiKey() {
        return apiKey;
    }
}
