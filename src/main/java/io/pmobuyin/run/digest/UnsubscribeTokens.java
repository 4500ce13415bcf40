package io.pmobuyin.run.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a regular report's unsubscribe link: an HMAC-SHA256 of the recipient's user key and
 * the subscription id under a secret only this Jira knows. Whoever holds a link can stop that one
 * recipient's mail of that one subscription, nobody else's: changing the user or the subscription
 * in the link needs the secret.
 */
public final class UnsubscribeTokens {

  private static final String ALGORITHM = "HmacSHA256";
  static final int MIN_SECRET_BYTES = 32;

  private final byte[] secret;

  public UnsubscribeTokens(byte[] secret) {
    if (secret == null || secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("the secret needs at least 32 bytes");
    }
    this.secret = secret.clone();
  }

  public String token(String userKey, String subscriptionId) {
    if (!ids(subscriptionId)) {
      throw new IllegalArgumentException("not a subscription id: " + subscriptionId);
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      // The separator cannot occur in a subscription id, so no two pairs share a message.
      byte[] signed =
          mac.doFinal((subscriptionId + "\n" + userKey).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** A subscription's id, or {@link OptOuts#EVERY}: never the separator. */
  private static boolean ids(String subscriptionId) {
    return subscriptionId != null && subscriptionId.matches("[A-Za-z0-9-]{1,40}|\\*");
  }

  /** Whether this token is the one for this user and subscription, compared in constant time. */
  public boolean valid(String token, String userKey, String subscriptionId) {
    if (token == null || userKey == null || !ids(subscriptionId)) {
      return false;
    }
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.US_ASCII),
        token(userKey, subscriptionId).getBytes(StandardCharsets.US_ASCII));
  }
}
