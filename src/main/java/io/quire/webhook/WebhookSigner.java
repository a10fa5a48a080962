package io.quire.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the way Standard Webhooks 1.0 (standardwebhooks.com) does, so that its libraries
 * verify it: HMAC-SHA256 over {@code msg_id.timestamp.body} with the endpoint's secret, sent as
 * {@code v1,<base64>}. A secret is {@code whsec_} followed by the Base64 of 24 to 64 random bytes
 * (the prefix may be left out). With several secrets (while rotating), the header carries one
 * signature per secret, separated by spaces, and a receiver accepts the webhook if one matches.
 */
public final class WebhookSigner {

    static final String PREFIX = "whsec_";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 24;
    private static final int MAX_KEY_BYTES = 64;

    private final List<SecretKeySpec> keys;

    private WebhookSigner(List<SecretKeySpec> keys) {
        this.keys = keys;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with a secret (never showing it)
     */
    public static WebhookSigner of(List<String> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a secret is required");
        }
        List<SecretKeySpec> keys = new ArrayList<>();
        for (String secret : secrets) {
            String encoded = secret.strip();
            if (encoded.startsWith(PREFIX)) {
                encoded = encoded.substring(PREFIX.length());
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "a secret must be whsec_ followed by Base64 (for example: echo whsec_$(openssl rand -base64 32))");
            }
            if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
                throw new IllegalArgumentException("a secret must decode to " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES
                        + " bytes, this one has " + key.length);
            }
            keys.add(new SecretKeySpec(key, ALGORITHM));
        }
        return new WebhookSigner(List.copyOf(keys));
    }

    /** The {@code webhook-signature} header for a message sent at {@code timestampSeconds}. */
    public String sign(String messageId, long timestampSeconds, byte[] body) {
        byte[] prefix = (messageId + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8);
        StringBuilder header = new StringBuilder();
        for (SecretKeySpec key : keys) {
            Mac mac = mac(key);
            mac.update(prefix);
            mac.update(body);
            if (!header.isEmpty()) {
                header.append(' ');
            }
            header.append("v1,").append(Base64.getEncoder().encodeToString(mac.doFinal()));
        }
        return header.toString();
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
