package cn.banan.hrdesk.security;

/** A user tried something their role does not allow; the message key and arguments say what, in words. */
public final class AccessDeniedException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public AccessDeniedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
