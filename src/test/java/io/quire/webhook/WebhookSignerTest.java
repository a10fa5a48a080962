package io.quire.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    /** The signing example of the Standard Webhooks reference libraries' tests. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsLikeTheStandardWebhooksReference() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.of(List.of(SECRET)).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY));
    }

    @Test
    void thePrefixIsOptional() {
        assertEquals(
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSigner.of(List.of("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                        .sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY));
    }

    @Test
    void whileRotatingEverySecretSigns() {
        String other = "whsec_" + "A".repeat(44); // 33 zero bytes, Base64
        String header = WebhookSigner.of(List.of(SECRET, other)).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY);
        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signatures[0]);
        assertEquals(
                WebhookSigner.of(List.of(other)).sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY), signatures[1]);
    }

    @Test
    void aSecretThatIsNotBase64OrTooShortIsRefused() {
        assertEquals(
                "a secret must be whsec_ followed by Base64 (for example: echo whsec_$(openssl rand -base64 32))",
                assertThrows(IllegalArgumentException.class, () -> WebhookSigner.of(List.of("change-me!")))
                        .getMessage());
        assertEquals(
                "a secret must decode to 24 to 64 bytes, this one has 6",
                assertThrows(IllegalArgumentException.class, () -> WebhookSigner.of(List.of("whsec_c2hvcnQh")))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> WebhookSigner.of(List.of()));
    }
}
