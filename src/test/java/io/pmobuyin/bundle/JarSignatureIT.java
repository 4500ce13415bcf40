package io.pmobuyin.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both app jars carry the signature UPM 8 verifies (docs/research/jira11-app-signing.md): Ed25519
 * over the jar's exact bytes, base64 in {@code <jar>.sig}, checked here with the public key of the
 * certificate the build leaves for the admin's trust store, by the JDK's own Ed25519.
 */
class JarSignatureIT {

  private final List<Path> jars =
      List.of(AppBundle.built().path(), AppBundle.builtForJira11().path());

  @Test
  void eachAppJarIsSignedByTheKeyOfTheCertificateShippedBesideIt() throws Exception {
    PublicKey key = certificate().getPublicKey();
    assertThat(key.getAlgorithm()).isIn("Ed25519", "EdDSA");

    for (Path jar : jars) {
      assertThat(verifies(key, Files.readAllBytes(jar), signatureOf(jar)))
          .as(jar.toString())
          .isTrue();
    }
  }

  @Test
  void aSignatureCoversEveryByteOfItsJar() throws Exception {
    PublicKey key = certificate().getPublicKey();
    Path jar = jars.get(0);
    byte[] bytes = Files.readAllBytes(jar);
    bytes[bytes.length / 2] ^= 1;

    assertThat(verifies(key, bytes, signatureOf(jar))).isFalse();
    // Nor does one jar's signature pass for the other.
    assertThat(verifies(key, Files.readAllBytes(jars.get(1)), signatureOf(jar))).isFalse();
  }

  private static X509Certificate certificate() throws Exception {
    Path pem = AppBundle.built().path().resolveSibling("pmo-buyin-certificate.pem");
    try (InputStream in = Files.newInputStream(pem)) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  private static byte[] signatureOf(Path jar) throws Exception {
    String base64 =
        Files.readString(jar.resolveSibling(jar.getFileName() + ".sig"), StandardCharsets.US_ASCII);
    return Base64.getDecoder().decode(base64.strip());
  }

  private static boolean verifies(PublicKey key, byte[] message, byte[] signature)
      throws Exception {
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(key);
    ed25519.update(message);
    return ed25519.verify(signature);
  }
}
