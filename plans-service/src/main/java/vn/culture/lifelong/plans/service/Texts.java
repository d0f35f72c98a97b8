package vn.culture.lifelong.plans.service;

import java.text.Normalizer;

/** Vietnamese text as stored: Unicode NFC, no surrounding spaces. */
final class Texts {

    private Texts() {
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
