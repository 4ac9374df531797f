package cn.banan.hrdesk.core;

/** Why an identifier was refused. {@link #code()} is the stable code of CONTRACTS.md {@code validate}. */
public enum IdProblem implements Labelled {
    LENGTH("LENGTH"),
    CHARSET("CHARSET"),
    CHECKSUM("CHECKSUM"),
    /** The organisation code inside a credit code (GB 11714) has a wrong check character. */
    ORG_CHECKSUM("CHECKSUM"),
    BIRTH_DATE("BIRTH_DATE"),
    REGION("REGION");

    private final String code;

    IdProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "id.problem." + name();
    }
}
