package cn.banan.hrdesk.exchange;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;

/**
 * The only place that names Tink's key types (decision 0015): Ed25519 to sign, HPKE (X25519, HKDF-SHA256,
 * AES-256-GCM) to wrap each package's key for its addressee, AES-256-GCM-HKDF in 1 MB segments for the payload.
 */
final class TinkKeys {
    private TinkKeys() {
    }

    static {
        try {
            SignatureConfig.register();
            HybridConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not register its key types", e);
        }
    }

    static KeysetHandle newSigning() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519WithRawOutput);
    }

    static KeysetHandle newAgreement() throws GeneralSecurityException {
        return KeysetHandle.generateNew(HpkeParameters.builder().setVariant(HpkeParameters.Variant.NO_PREFIX)
                .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256).setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                .setAeadId(HpkeParameters.AeadId.AES_256_GCM).build());
    }

    static KeysetHandle newPayloadKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
    }

    static byte[] secret(KeysetHandle h) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeKeyset(h, InsecureSecretKeyAccess.get());
    }

    static KeysetHandle parseSecret(byte[] b) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeyset(b, InsecureSecretKeyAccess.get());
    }

    static byte[] publicHalf(KeysetHandle h) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeKeysetWithoutSecret(h.getPublicKeysetHandle());
    }

    static PublicKeySign signer(byte[] privateKey) throws GeneralSecurityException {
        return parseSecret(privateKey).getPrimitive(PublicKeySign.class);
    }

    static PublicKeyVerify verifier(byte[] publicKey) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKey).getPrimitive(PublicKeyVerify.class);
    }

    static HybridEncrypt wrapper(byte[] publicKey) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeysetWithoutSecret(publicKey).getPrimitive(HybridEncrypt.class);
    }

    static HybridDecrypt unwrapper(byte[] privateKey) throws GeneralSecurityException {
        return parseSecret(privateKey).getPrimitive(HybridDecrypt.class);
    }

    static StreamingAead payload(KeysetHandle h) throws GeneralSecurityException {
        return h.getPrimitive(StreamingAead.class);
    }
}
