package pl.bramka.report;

/**
 * How a statement file is written.
 *
 * @param format      MT940 or camt.053
 * @param profile     for MT940: the Polish structured {@code :86:} or SWIFT-strict
 * @param encoding    for MT940: the character set of the file
 * @param camtVersion for camt.053: the message version
 */
record StatementOptions(Format format, Mt940Profile profile, Mt940Encoding encoding, CamtVersion camtVersion) {

    enum Format {
        MT940, CAMT053
    }

    enum Mt940Profile {
        POLISH_STRUCTURED, SWIFT_STRICT
    }

    /** ASCII transliterates Polish letters; the others keep them. */
    enum Mt940Encoding {
        ASCII, CP852, WINDOWS_1250, UTF_8
    }

    enum CamtVersion {
        V02, V08
    }
}
