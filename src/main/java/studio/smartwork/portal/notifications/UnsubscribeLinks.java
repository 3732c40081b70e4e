package studio.smartwork.portal.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed part of a one-click unsubscribe link: "{person}.{kind}.{signature}", the signature
 * an HMAC-SHA256 of person and kind under the portal's secret. Changing the person or the kind
 * breaks the signature, so a link only ever turns off what it was made for.
 */
@Component
class UnsubscribeLinks {

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,19})\\.([a-z-]{1,40})\\.([A-Za-z0-9_-]{43})");

    private static final String HMAC = "HmacSHA256";

    record Link(long personId, NotificationKind kind) {
    }

    private final SecretKeySpec key;

    UnsubscribeLinks(@Value("${portal.mail.unsubscribe-secret}") String secret) {
        if (secret.length() < 16) {
            throw new IllegalStateException("portal.mail.unsubscribe-secret (PORTAL_MAIL_UNSUBSCRIBE_SECRET) needs at least 16 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    String token(long personId, NotificationKind kind) {
        String kindName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return personId + "." + kindName + "." + signature(personId, kindName);
    }

    Optional<Link> read(String token) {
        Matcher parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            return Optional.empty();
        }
        long personId;
        NotificationKind kind;
        try {
            personId = Long.parseLong(parts.group(1));
            kind = NotificationKind.valueOf(parts.group(2).toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        byte[] expected = signature(personId, parts.group(2)).getBytes(StandardCharsets.US_ASCII);
        boolean genuine = MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(new Link(personId, kind)) : Optional.empty();
    }

    private String signature(long personId, String kindName) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal(("unsubscribe:" + personId + ":" + kindName).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
